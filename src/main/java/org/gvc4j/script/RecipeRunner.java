package org.gvc4j.script;

import groovy.lang.Binding;
import groovy.lang.GroovyClassLoader;
import groovy.transform.CompileStatic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.tools.GroovyClass;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;

/**
 * Compiles and runs a recipe against {@link GvcScript}. Trusted recipes are ordinary (dynamic) Groovy; sandboxed
 * recipes are compiled with {@code @CompileStatic}, checked by {@link SandboxSyntax}, and their bytecode is checked
 * against {@link RecipePolicy} before a single line runs. Every failure becomes a {@link RecipeException} whose
 * message is {@code recipe.groovy:LINE: message}.
 */
public final class RecipeRunner {
    private static final String[] STAR_IMPORTS = {"org.gvc4j", "org.gvc4j.dsl", "org.gvc4j.result", "org.gvc4j.model",
        "org.gvc4j.stats", "tech.tablesaw.api"};

    private RecipeRunner() {
    }

    /** Reads, compiles and runs a recipe file; the context says whether it is sandboxed. */
    public static void execute(Path recipe, RecipeContext ctx) {
        execute(readSource(recipe, ctx), ctx);
    }

    /**
     * Runs a trusted recipe file with its compiled classes from {@code cache} when it was compiled before, storing
     * them there otherwise ({@link CompiledRecipeCache}).
     */
    public static void execute(Path recipe, RecipeContext ctx, CompiledRecipeCache cache) {
        String source = readSource(recipe, ctx);
        if (ctx.sandbox() || !cache.enabled()) {
            execute(source, ctx);
            return;
        }
        refuseLockedDown(ctx);
        String name = className(source, ctx.displayName());
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        CompiledRecipeCache.Hit hit = cache.find(CompiledRecipeCache.TRUSTED, name, bytes);
        CompiledRecipeCache.Compiled compiled;
        if (hit != null) {
            compiled = hit.compiled();
        } else {
            compiled = compileTrustedClasses(source, ctx.displayName());
            cache.store(CompiledRecipeCache.TRUSTED, name, bytes, compiled);
        }
        run(defineTrusted(compiled), ctx);
    }

    /**
     * In the sandbox's JVM: compiles and checks a recipe, and writes its classes to {@code target} for the launcher
     * to cache; runs nothing.
     */
    public static void compileTo(Path recipe, RecipeContext ctx, Path target) {
        if (!ctx.sandbox()) {
            throw new IllegalArgumentException("compileTo is for sandboxed recipes");
        }
        String source = readSource(recipe, ctx);
        CompiledRecipeCache.Compiled c = compileSandboxedClasses(source, ctx.displayName());
        try {
            Files.write(target, CompiledRecipeCache.encode(c, new byte[32]));
        } catch (IOException e) {
            throw new RecipeException(ctx.displayName() + ": cannot write the compiled recipe: " + e.getMessage(),
                    RecipeException.FAILED, e);
        }
    }

    /**
     * In the sandbox's JVM: runs classes the launcher took from the cache, after checking that the file is the one
     * it chose ({@code sha256}) and checking the classes against the allowlist again.
     */
    public static void executeCompiled(Path compiled, String sha256, RecipeContext ctx) {
        if (!ctx.sandbox()) {
            throw new IllegalArgumentException("executeCompiled is for sandboxed recipes");
        }
        CompiledRecipeCache.Compiled c = null;
        try {
            byte[] data = Files.readAllBytes(compiled);
            if (java.util.HexFormat.of().formatHex(CompiledRecipeCache.sha256().digest(data)).equals(sha256)) {
                c = CompiledRecipeCache.decode(data, null);
            }
        } catch (IOException e) {
            c = null;
        }
        if (c == null) {
            throw new RecipeException(ctx.displayName() + ": the compiled recipe changed while it was being used "
                    + "(the compiled-recipe cache); run it again", RecipeException.FAILED);
        }
        run(checkAndDefine(c, ctx.displayName()), ctx);
    }

    private static String readSource(Path recipe, RecipeContext ctx) {
        String source;
        try {
            if (!Files.isRegularFile(recipe)) {
                throw new RecipeException(ctx.displayName() + ": " + (Files.exists(recipe)
                        ? "not a regular file (a folder, pipe or device)" : "no such recipe file"), RecipeException.BAD_INPUT);
            }
            if (Files.size(recipe) > SandboxLauncher.MAX_RECIPE_BYTES) {
                throw new RecipeException(ctx.displayName() + ": " + Files.size(recipe) + " bytes; recipes are limited to "
                        + SandboxLauncher.MAX_RECIPE_BYTES + " bytes", RecipeException.BAD_INPUT);
            }
            source = Files.readString(recipe, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RecipeException(ctx.displayName() + ": not UTF-8 text", RecipeException.BAD_INPUT);
        } catch (IOException e) {
            throw new RecipeException(ctx.displayName() + ": cannot read the recipe: " + e.getMessage(),
                    RecipeException.BAD_INPUT);
        }
        return source;
    }

    private static void refuseLockedDown(RecipeContext ctx) {
        if (GvcScript.isLockedDown() && !ctx.sandbox()) {
            throw new RecipeException(ctx.displayName() + ": this JVM runs sandboxed recipes only", RecipeException.REJECTED);
        }
    }

    /** Compiles and runs recipe text. */
    public static void execute(String source, RecipeContext ctx) {
        refuseLockedDown(ctx);
        run(ctx.sandbox() ? compileSandboxed(source, ctx.displayName()) : compileTrusted(source, ctx.displayName()), ctx);
    }

    /**
     * Compiles and runs a trusted recipe file and returns the value of its body's last expression, for commands that
     * use what a recipe defines ({@code gvc panel --recipe}: a map from result names to closures). Failures as for
     * {@link #execute(Path, RecipeContext)}; {@link #failureIn} names the recipe line of a later failure inside one of
     * the returned closures. Sandboxed contexts are refused: their recipes run in the sandbox's own JVM.
     */
    public static @Nullable Object evaluate(Path recipe, RecipeContext ctx) {
        if (ctx.sandbox()) {
            throw new IllegalArgumentException("evaluate is for trusted recipes");
        }
        refuseLockedDown(ctx);
        return run(compileTrusted(readSource(recipe, ctx), ctx.displayName()), ctx);
    }

    /**
     * The failure {@code t} of a closure that a recipe returned ({@link #evaluate}) as a {@link RecipeException}
     * {@code recipe.groovy:LINE: message}, the line being the recipe's line that failed.
     */
    public static RecipeException failureIn(Throwable t, Object closure, String displayName) {
        String name = closure.getClass().getName();
        int inner = name.indexOf('$');
        return runtimeError(t, inner < 0 ? name : name.substring(0, inner), displayName);
    }

    private static @Nullable Object run(Class<?> cls, RecipeContext ctx) {
        GvcScript script;
        try {
            script = (GvcScript) cls.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw runtimeError(e, cls.getName(), ctx.displayName());
        }
        try {
            // a trusted recipe may override setBinding or getBinding: its failure is the recipe's, with its line
            script.setBinding(new Binding());
            script.attach(ctx);
            return script.run();
        } catch (Throwable t) {
            throw runtimeError(t, cls.getName(), ctx.displayName());
        } finally {
            ctx.out().flush();
        }
    }

    private static CompilerConfiguration baseConfiguration() {
        CompilerConfiguration cc = new CompilerConfiguration();
        cc.setScriptBaseClass(GvcScript.class.getName());
        cc.setSourceEncoding("UTF-8");
        cc.setDisabledGlobalASTTransformations(Set.of("groovy.grape.GrabAnnotationTransformation"));
        cc.addCompilationCustomizers(new ImportCustomizer().addStarImports(STAR_IMPORTS));
        return cc;
    }

    /** A class name unique to the text, so recipes never clash with each other or with user variables. */
    static String className(String source, String display) {
        String base = Path.of(display).getFileName().toString().replaceAll("\\.groovy$", "").replaceAll("[^A-Za-z0-9_]", "_");
        return "recipe_" + base + "_" + Integer.toHexString(source.hashCode() & 0x7fffffff);
    }

    static Class<?> compileTrusted(String source, String display) {
        return defineTrusted(compileTrustedClasses(source, display));
    }

    /** The classes of a trusted (dynamic Groovy) recipe, the script class first. */
    static CompiledRecipeCache.Compiled compileTrustedClasses(String source, String display) {
        CompilerConfiguration cc = baseConfiguration();
        return compileClasses(cc, new GroovyClassLoader(RecipeRunner.class.getClassLoader(), cc), source, display);
    }

    private static CompiledRecipeCache.Compiled compileClasses(CompilerConfiguration cc, GroovyClassLoader loader,
                                                               String source, String display) {
        CompilationUnit cu = new CompilationUnit(cc, null, loader);
        String name = className(source, display);
        cu.addSource(name + ".groovy", source);
        try {
            cu.compile(Phases.CLASS_GENERATION);
        } catch (CompilationFailedException e) {
            throw compileError(e, display);
        } catch (StackOverflowError e) {
            throw tooComplex(display);
        }
        Map<String, byte[]> classes = new java.util.LinkedHashMap<>();
        for (GroovyClass gc : cu.getClasses()) {
            if (gc.getName().equals(name)) {
                classes.put(gc.getName(), gc.getBytes());
            }
        }
        for (GroovyClass gc : cu.getClasses()) {
            classes.putIfAbsent(gc.getName(), gc.getBytes());
        }
        return new CompiledRecipeCache.Compiled(name, classes,
                CompiledRecipeCache.sha256().digest(source.getBytes(StandardCharsets.UTF_8)));
    }

    /** Defines a trusted recipe's classes in a Groovy class loader of their own. */
    private static Class<?> defineTrusted(CompiledRecipeCache.Compiled c) {
        TrustedLoader loader = new TrustedLoader(RecipeRunner.class.getClassLoader(), c.classes());
        try {
            return loader.loadClass(c.mainClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class missing: " + e.getMessage(), e);
        }
    }

    /** A Groovy class loader (as parseClass gives a trusted script) that defines exactly the recipe's classes. */
    private static final class TrustedLoader extends GroovyClassLoader {
        private final Map<String, byte[]> bytes;

        TrustedLoader(ClassLoader parent, Map<String, byte[]> classes) {
            super(parent, baseConfiguration());
            this.bytes = new HashMap<>(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b;
            synchronized (bytes) {
                b = bytes.remove(name);
            }
            if (b == null) {
                return super.findClass(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    /** The compiler ran out of stack: a literal or an expression too large or too deep to compile. */
    private static RecipeException tooComplex(String display) {
        return new RecipeException(display + ": too large or too deeply nested to compile (a huge list, map or "
                + "expression); put data in a CSV file read with loadCsv", RecipeException.REJECTED);
    }

    static Class<?> compileSandboxed(String source, String display) {
        CompiledRecipeCache.Compiled c = compileSandboxedClasses(source, display);
        return define(c);
    }

    /** The classes of a sandboxed recipe, compiled statically and checked against the allowlist. */
    static CompiledRecipeCache.Compiled compileSandboxedClasses(String source, String display) {
        CompilerConfiguration cc = baseConfiguration();
        cc.addCompilationCustomizers(new SandboxSyntax(), new RecipeIndexing.Rewrite(),
                new ASTTransformationCustomizer(CompileStatic.class));
        CompiledRecipeCache.Compiled c = compileClasses(cc, new GroovyClassLoader(RecipeRunner.class.getClassLoader(),
                cc), source, display);
        check(c, display);
        return c;
    }

    /** Checks sandboxed classes (from the compiler or the cache) against the allowlist, then defines them. */
    static Class<?> checkAndDefine(CompiledRecipeCache.Compiled c, String display) {
        check(c, display);
        return define(c);
    }

    private static void check(CompiledRecipeCache.Compiled c, String display) {
        Map<String, BytecodeReferences.ClassInfo> own = new HashMap<>();
        for (Map.Entry<String, byte[]> e : c.classes().entrySet()) {
            BytecodeReferences.ClassInfo info = BytecodeReferences.scan(e.getValue());
            if (!info.name().equals(e.getKey())) {
                throw new RecipeException(display + ": not allowed in sandboxed recipes: class " + info.name()
                        + " stored as " + e.getKey(), RecipeException.REJECTED);
            }
            own.put(info.name(), info);
        }
        RecipePolicy policy = RecipePolicy.get();
        List<String> problems = new ArrayList<>();
        for (BytecodeReferences.ClassInfo info : own.values()) {
            String sup = info.superName();
            if (!(sup.equals(GvcScript.class.getName()) || sup.equals("groovy.lang.Closure")) || !info.interfaces().stream()
                    .allMatch(i -> i.equals("org.codehaus.groovy.runtime.GeneratedClosure"))) {
                problems.add(display + ": not allowed in sandboxed recipes: a class extending " + sup);
            }
            for (BytecodeReferences.Ref ref : info.refs()) {
                String why = policy.check(ref, own);
                if (why != null) {
                    String line = display + ":" + (ref.line() > 0 ? ref.line() + ":" : "") + " " + why;
                    if (!problems.contains(line)) {
                        problems.add(line);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(RecipeRunner::lineOf));
            throw new RecipeException(String.join("\n", problems), RecipeException.REJECTED);
        }
    }

    private static Class<?> define(CompiledRecipeCache.Compiled c) {
        ByteLoader loader = new ByteLoader(RecipeRunner.class.getClassLoader());
        for (Map.Entry<String, byte[]> e : c.classes().entrySet()) {
            loader.add(e.getKey(), RecipeCasts.rewrite(e.getValue(), RecipePolicy.CAST_TARGETS));
        }
        try {
            return loader.loadClass(c.mainClass());
        } catch (ClassNotFoundException e) {
            throw new RecipeException("compiled class missing: " + e.getMessage(), RecipeException.FAILED, e);
        }
    }

    private static int lineOf(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[^:]*:(\\d+):").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Defines exactly the recipe's compiled classes; everything else comes from the parent. */
    private static final class ByteLoader extends ClassLoader {
        private final Map<String, byte[]> bytes = new HashMap<>();

        ByteLoader(ClassLoader parent) {
            super(parent);
        }

        void add(String name, byte[] b) {
            bytes.put(name, b);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = bytes.remove(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    private static RecipeException compileError(CompilationFailedException e, String display) {
        List<String> lines = new ArrayList<>();
        if (e instanceof MultipleCompilationErrorsException) {
            for (Message m : ((MultipleCompilationErrorsException) e).getErrorCollector().getErrors()) {
                if (m instanceof SyntaxErrorMessage) {
                    var se = ((SyntaxErrorMessage) m).getCause();
                    lines.add(display + ":" + (se.getLine() > 0 ? se.getLine() + ":" : "") + " "
                            + cleanCompileMessage(se.getOriginalMessage()));
                } else if (m instanceof ExceptionMessage) {
                    Exception cause = ((ExceptionMessage) m).getCause();
                    // the recipe's body is one method, runRecipe, that starts at line 1
                    boolean body = cause instanceof groovyjarjarasm.asm.MethodTooLargeException
                            && ((groovyjarjarasm.asm.MethodTooLargeException) cause).getMethodName().equals("runRecipe");
                    lines.add(display + ":" + (body ? "1:" : "") + " " + cleanCompileMessage(cause.getMessage()));
                } else {
                    lines.add(display + ": " + m);
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add(display + ": " + e.getMessage());
        }
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(lines));
        distinct.sort(java.util.Comparator.comparingInt(RecipeRunner::lineOf)); // the lexer's and the visitor's, merged
        return new RecipeException(String.join("\n", distinct), RecipeException.REJECTED, e);
    }

    private static String cleanCompileMessage(String m) {
        String s = m.replace("[Static type checking] - ", "").trim();
        if (s.startsWith("Method too large") || s.startsWith("Method code too large")) {
            return "the recipe is too large to compile: the JVM holds at most 64 KB of bytecode per method (the "
                    + "recipe's body or one closure); put data in a CSV file read with loadCsv, or split the work into "
                    + "closures";
        }
        if (s.startsWith("Class too large")) {
            return "the recipe is too large to compile (too many constants for one class); put data in a CSV file "
                    + "read with loadCsv";
        }
        java.util.regex.Matcher put = java.util.regex.Pattern.compile(
                "Cannot find matching method org\\.gvc4j\\.script\\.RecipeIndexing#putAt\\((.*)\\)\\..*").matcher(s);
        if (put.matches()) {
            // see RecipeIndexing: x[k] = v inside a closure, on a receiver that is no typed map, list or array
            return "not allowed in sandboxed recipes: x[key] = value inside a closure on (" + put.group(1)
                    + "): it works on a map, a list with an int index or an array, declared with its type "
                    + "(Map<String, Integer> m = [:]); indexing other objects by name would set any property";
        }
        return s;
    }

    private static RecipeException runtimeError(Throwable t, String className, String display) {
        Throwable cause = t;
        while ((cause instanceof InvokerInvocationException || cause instanceof java.lang.reflect.InvocationTargetException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        int line = -1;
        for (Throwable c = cause; c != null && line < 0; c = c.getCause()) {
            for (StackTraceElement el : c.getStackTrace()) {
                if (el.getClassName().startsWith(className) && el.getLineNumber() > 0) {
                    line = el.getLineNumber();
                    break;
                }
            }
        }
        String msg = describe(cause);
        int code = cause instanceof OutOfMemoryError ? RecipeException.OUT_OF_MEMORY : RecipeException.FAILED;
        return new RecipeException(display + ":" + (line > 0 ? line + ":" : "") + " " + msg, code, cause);
    }

    private static String describe(Throwable t) {
        if (t instanceof GvcException || t instanceof java.io.UncheckedIOException) {
            return t.getMessage();
        }
        if (t instanceof groovy.lang.MissingMethodException) {
            groovy.lang.MissingMethodException m = (groovy.lang.MissingMethodException) t;
            return "no method " + m.getMethod() + "(...) on " + (m.getType() == null ? "this object"
                    : m.getType().getSimpleName()) + " for these arguments";
        }
        if (t instanceof groovy.lang.MissingPropertyException) {
            groovy.lang.MissingPropertyException m = (groovy.lang.MissingPropertyException) t;
            return "unknown name \"" + m.getProperty() + "\"" + (m.getType() == null ? "" : " on " + m.getType().getSimpleName());
        }
        String m = t.getMessage();
        String detail = m == null || m.isBlank() ? "" : ": " + m;
        if (t instanceof OutOfMemoryError) {
            return "out of memory: the recipe needs more than the heap limit (raise the heap limit)";
        }
        if (t instanceof AssertionError) {
            return "assertion failed" + detail;
        }
        if (t instanceof StackOverflowError) {
            return "recursion too deep (stack overflow)";
        }
        if (t instanceof ArithmeticException) {
            return "arithmetic error" + detail;
        }
        if (t instanceof IndexOutOfBoundsException) {
            return "index out of range" + detail;
        }
        if (t instanceof NullPointerException) {
            return "a value is missing (null)" + detail;
        }
        if (t instanceof ClassCastException) {
            return "a value has the wrong type" + detail;
        }
        if (t instanceof NumberFormatException) {
            return "not a number" + detail;
        }
        if (t instanceof java.util.NoSuchElementException) {
            return "no such element" + detail;
        }
        if (t instanceof java.util.ConcurrentModificationException) {
            return "a collection was changed while it was being iterated";
        }
        if (t instanceof UnsupportedOperationException) {
            return "not supported" + (detail.isEmpty() ? " (e.g. changing an unmodifiable list)" : detail);
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            return m == null || m.isBlank() ? "invalid argument" : m;
        }
        return "error" + detail;
    }
}
