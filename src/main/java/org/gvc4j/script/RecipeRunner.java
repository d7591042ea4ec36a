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
        execute(source, ctx);
    }

    /** Compiles and runs recipe text. */
    public static void execute(String source, RecipeContext ctx) {
        if (GvcScript.isLockedDown() && !ctx.sandbox()) {
            throw new RecipeException(ctx.displayName() + ": this JVM runs sandboxed recipes only", RecipeException.REJECTED);
        }
        Class<?> cls = ctx.sandbox() ? compileSandboxed(source, ctx.displayName()) : compileTrusted(source, ctx.displayName());
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
            script.run();
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
    private static String className(String source, String display) {
        String base = Path.of(display).getFileName().toString().replaceAll("\\.groovy$", "").replaceAll("[^A-Za-z0-9_]", "_");
        return "recipe_" + base + "_" + Integer.toHexString(source.hashCode() & 0x7fffffff);
    }

    static Class<?> compileTrusted(String source, String display) {
        GroovyClassLoader loader = new GroovyClassLoader(RecipeRunner.class.getClassLoader(), baseConfiguration());
        try {
            return loader.parseClass(source, className(source, display) + ".groovy");
        } catch (CompilationFailedException e) {
            throw compileError(e, display);
        } catch (StackOverflowError e) {
            throw tooComplex(display);
        }
    }

    /** The compiler ran out of stack: a literal or an expression too large or too deep to compile. */
    private static RecipeException tooComplex(String display) {
        return new RecipeException(display + ": too large or too deeply nested to compile (a huge list, map or "
                + "expression); put data in a CSV file read with loadCsv", RecipeException.REJECTED);
    }

    static Class<?> compileSandboxed(String source, String display) {
        CompilerConfiguration cc = baseConfiguration();
        cc.addCompilationCustomizers(new SandboxSyntax(), new ASTTransformationCustomizer(CompileStatic.class));
        GroovyClassLoader compileLoader = new GroovyClassLoader(RecipeRunner.class.getClassLoader(), cc);
        CompilationUnit cu = new CompilationUnit(cc, null, compileLoader);
        String name = className(source, display);
        cu.addSource(name + ".groovy", source);
        try {
            cu.compile(Phases.CLASS_GENERATION);
        } catch (CompilationFailedException e) {
            throw compileError(e, display);
        } catch (StackOverflowError e) {
            throw tooComplex(display);
        }
        List<GroovyClass> classes = cu.getClasses();
        Map<String, BytecodeReferences.ClassInfo> own = new HashMap<>();
        for (GroovyClass gc : classes) {
            BytecodeReferences.ClassInfo info = BytecodeReferences.scan(gc.getBytes());
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
        ByteLoader loader = new ByteLoader(RecipeRunner.class.getClassLoader());
        for (GroovyClass gc : classes) {
            loader.add(gc.getName(), RecipeCasts.rewrite(gc.getBytes(), RecipePolicy.CAST_TARGETS));
        }
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new RecipeException(display + ": compiled class missing: " + e.getMessage(), RecipeException.FAILED, e);
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
