package org.gvc4j.script;

import groovyjarjarasm.asm.Type;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gvc4j.api.FileAccess;
import org.gvc4j.api.PublicSurface;
import org.jspecify.annotations.Nullable;

/**
 * The language layer of the sandbox: what a recipe's compiled bytecode may refer to. Every reference of every method
 * (the compiler's synthetic ones included) is checked after {@code @CompileStatic}, so each call is resolved to its
 * target; anything not allowed is refused with the recipe's line and a reason, before any of the recipe runs.
 *
 * <p>There are no whole-class or whole-package allowances. A reference is allowed when
 * <ul>
 *   <li>it is one of the exact runtime helpers listed in {@code recipe-allowlist.txt} ({@code =owner#name(desc)}):
 *   Groovy's indexing, casts, coercion, closures and collection helpers, overload by overload; or</li>
 *   <li>its owner is an allowed type and the owner (or a supertype) lists the member by name, either in
 *   {@code recipe-allowlist.txt} (the JDK, Tablesaw and Groovy's value types) or, for gvc4j, as a public member of a
 *   class of the declared public surface ({@link PublicSurface}) not marked {@link FileAccess}; and every type in
 *   its signature is an allowed type (so a member that takes or returns a file, a stream, a class, a reader or
 *   writer is refused even when its name is listed); or</li>
 *   <li>it is a member the recipe declares itself (same name and descriptor), or a helper of {@link GvcScript}.</li>
 * </ul>
 * Writing fields of other classes, dynamic Groovy call sites, method pointers and coercing casts to types other than
 * strings, numbers and collections are refused. The recipe's class literal and {@code InvokerHelper.runScript} are
 * allowed only in the compiler's {@code main}, the meta-class plumbing only in the compiler's synthetic methods.
 *
 * <p>This layer gives good messages; it is not the security boundary on its own (see {@link Isolation}).
 */
final class RecipePolicy {
    /** The allowlist of JDK, Groovy and Tablesaw members. */
    static final String RESOURCE = "recipe-allowlist.txt";
    private static final String OWN = "<own>";

    /** Refs allowed only inside these compiler-made methods: the meta-class plumbing every Groovy class has. */
    private static final Map<String, Set<String>> PLUMBING = Map.of(
            "$getStaticMetaClass", Set.of("java.lang.Object#getClass()Ljava/lang/Class;",
                    "org.codehaus.groovy.runtime.ScriptBytecodeAdapter#initMetaClass(Ljava/lang/Object;)Lgroovy/lang/MetaClass;",
                    "org.codehaus.groovy.reflection.ClassInfo#getClassInfo(Ljava/lang/Class;)Lorg/codehaus/groovy/reflection/ClassInfo;",
                    "org.codehaus.groovy.reflection.ClassInfo#getMetaClass()Lgroovy/lang/MetaClass;",
                    OWN + "#$staticClassInfo", OWN + "#<class-literal>"),
            "$getLookup", Set.of("java.lang.invoke.MethodHandles#lookup()Ljava/lang/invoke/MethodHandles$Lookup;"));

    /** Types a Groovy coercing cast may target (anything else could run constructors or conversions). */
    static final Set<String> CAST_TARGETS = Set.of("java.lang.Object", "java.lang.String", "java.lang.Number",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
            "java.lang.Byte", "java.lang.Boolean", "java.lang.Character", "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.List", "java.util.ArrayList", "java.util.Map", "java.util.LinkedHashMap", "java.util.HashMap",
            "java.util.Set", "java.util.LinkedHashSet", "java.util.HashSet", "java.util.Collection", "java.lang.Iterable",
            "java.lang.CharSequence", "groovy.lang.GString");

    /** Script helpers a recipe calls on itself: GvcScript's public methods and Script's printing. */
    private static final Set<String> SCRIPT_PRINTING = Set.of("println()V", "println(Ljava/lang/Object;)V",
            "print(Ljava/lang/Object;)V", "printf(Ljava/lang/String;Ljava/lang/Object;)V",
            "printf(Ljava/lang/String;[Ljava/lang/Object;)V");

    private static final RecipePolicy INSTANCE = load();

    private final Set<String> types;
    private final Map<String, Set<String>> members;
    private final Set<String> exact;
    private final Set<String> scriptHelpers;
    private final Map<String, @Nullable Class<?>> classes = Collections.synchronizedMap(new HashMap<>());

    private RecipePolicy(Set<String> types, Map<String, Set<String>> members, Set<String> exact, Set<String> helpers) {
        this.types = types;
        this.members = members;
        this.exact = exact;
        this.scriptHelpers = helpers;
    }

    static RecipePolicy get() {
        return INSTANCE;
    }

    /** The allowed types (for tests and docs). */
    Set<String> types() {
        return Collections.unmodifiableSet(types);
    }

    /** Allowed member names per type (for tests and docs). */
    Map<String, Set<String>> members() {
        return Collections.unmodifiableMap(members);
    }

    /** Exact runtime helpers, {@code owner#name(desc)} (for tests). */
    Set<String> exact() {
        return Collections.unmodifiableSet(exact);
    }

    private static RecipePolicy load() {
        Set<String> types = new HashSet<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        Set<String> exact = new HashSet<>();
        try (InputStream in = RecipePolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf(" #");
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("=")) {
                    exact.add(l.substring(1).strip());
                    continue;
                }
                int colon = l.indexOf(':');
                String type = (colon < 0 ? l : l.substring(0, colon)).strip();
                types.add(type);
                if (colon >= 0) {
                    Set<String> names = members.computeIfAbsent(type, k -> new HashSet<>());
                    for (String n : l.substring(colon + 1).trim().split("\\s+")) {
                        if (!n.isEmpty()) {
                            names.add(n);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : PublicSurface.classNames()) {
            Class<?> c;
            try {
                c = Class.forName(name, false, RecipePolicy.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("public surface lists a missing class " + name, e);
            }
            addSurface(c, types, members);
        }
        Set<String> helpers = new HashSet<>(SCRIPT_PRINTING);
        for (Method m : GvcScript.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.getName().equals("run")) {
                helpers.add(m.getName() + Type.getMethodDescriptor(m));
            }
        }
        return new RecipePolicy(types, members, exact, helpers);
    }

    /** A public-surface class: its public members, except those marked {@link FileAccess}. */
    private static void addSurface(Class<?> c, Set<String> types, Map<String, Set<String>> members) {
        types.add(c.getName());
        Set<String> names = members.computeIfAbsent(c.getName(), k -> new HashSet<>());
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isAnnotationPresent(FileAccess.class)) {
                names.add(m.getName());
            }
        }
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(FileAccess.class)) {
                names.remove(m.getName());
                names.add("!" + m.getName() + Type.getMethodDescriptor(m));
            }
        }
        for (Constructor<?> k : c.getConstructors()) {
            if (!k.isAnnotationPresent(FileAccess.class)) {
                names.add("<init>");
            }
        }
        for (Field f : c.getFields()) {
            if (f.getDeclaringClass() == c && Modifier.isFinal(f.getModifiers())) {
                names.add("." + f.getName());
            }
        }
        for (Class<?> inner : c.getDeclaredClasses()) {
            if (Modifier.isPublic(inner.getModifiers()) && (inner.isEnum() || inner.isRecord())) {
                addSurface(inner, types, members);
            }
        }
    }

    /**
     * @param ref  one reference of the recipe's bytecode
     * @param own  the recipe's own classes (script and closures) by name
     * @return {@code null} if the reference is allowed, else the reason to show the user
     */
    @Nullable String check(BytecodeReferences.Ref ref, Map<String, BytecodeReferences.ClassInfo> own) {
        String owner = ref.owner();
        String member = ref.member();
        BytecodeReferences.Site site = ref.site();
        boolean ownOwner = own.containsKey(owner);
        if (site.synthetic() && PLUMBING.containsKey(site.method())) {
            String key = (ownOwner ? OWN : owner) + "#" + member + (ref.kind().equals("method") ? ref.desc() : "");
            return PLUMBING.get(site.method()).contains(key) ? null
                    : refusal(ref, "the compiler's meta-class plumbing may not do this");
        }
        if (site.method().equals("main") && site.desc().equals("([Ljava/lang/String;)V")) {
            if (ownOwner && member.equals("<class-literal>")
                    || (owner + "#" + member + ref.desc()).equals("org.codehaus.groovy.runtime.InvokerHelper#runScript"
                    + "(Ljava/lang/Class;[Ljava/lang/String;)Ljava/lang/Object;")) {
                return null;
            }
        }
        if (ownOwner) {
            return checkOwn(ref, own.get(owner), own);
        }
        switch (ref.kind()) {
            case "type":
                if (member.equals("<class-literal>")) {
                    return refusal(ref, "class objects are reflection");
                }
                if (member.equals("<method-type>")) {
                    return refusal(ref, "method handles are reflection");
                }
                if (member.equals("<new>") && exactInit(owner)) {
                    return null; // the constructor call itself is checked as an exact helper
                }
                return types.contains(owner) ? null : refusal(ref, null);
            case "field-put":
                return refusal(ref, "a recipe may not change the fields of gvc4j's or the JDK's objects");
            case "indy-bootstrap":
                return checkIndy(ref, own);
            case "handle":
                return refusal(ref, "method handles are reflection");
            case "property-set":
                return checkPropertySet(ref);
            default:
                break;
        }
        String sig = owner + "#" + member + ref.desc();
        if (exact.contains(sig) || ref.kind().equals("method") && exact.contains(owner + "#" + member + "(*)")) {
            return null;
        }
        if (!types.contains(owner)) {
            return refusal(ref, null);
        }
        String listed = ref.kind().equals("field") ? "." + member : member;
        if (!listedOnTypeOrSupertype(owner, listed, member + ref.desc())) {
            return refusal(ref, null);
        }
        String bad = firstUnsafeType(ref.kind().equals("field") ? "()" + ref.desc() : ref.desc());
        if (bad != null) {
            String r = reason(bad, "<type>");
            return refusal(ref, r.startsWith("not on the allowlist") ? "it takes or returns " + bad
                    + ", which recipes may not hold" : r + "; it takes or returns " + simple(bad));
        }
        return null;
    }

    private @Nullable String checkOwn(BytecodeReferences.Ref ref, BytecodeReferences.ClassInfo cls,
                                      Map<String, BytecodeReferences.ClassInfo> own) {
        String member = ref.member();
        switch (ref.kind()) {
            case "type":
                return member.equals("<class-literal>") ? refusal(ref, "class objects are reflection") : null;
            case "field":
            case "field-put":
                return cls.fields().contains(member) ? null : refusal(ref, null);
            case "handle":
                return cls.declares(member, ref.desc()) ? null : refusal(ref, "method handles are reflection");
            case "method":
                if (cls.declares(member, ref.desc())) {
                    if (member.startsWith("$get")) {
                        return refusal(ref, "the compiler's meta-class plumbing");
                    }
                    return null;
                }
                if (cls.superName().equals(GvcScript.class.getName()) && (member.equals("<init>") && ref.desc().equals("()V")
                        || scriptHelpers.contains(member + ref.desc()))) {
                    return null;
                }
                if (cls.superName().equals("groovy.lang.Closure") && (exact.contains("groovy.lang.Closure#" + member + ref.desc()))) {
                    return null;
                }
                return refusal(ref, null);
            default:
                return refusal(ref, null);
        }
    }

    private @Nullable String checkIndy(BytecodeReferences.Ref ref, Map<String, BytecodeReferences.ClassInfo> own) {
        String owner = ref.owner();
        String member = ref.member();
        if (owner.equals("org.codehaus.groovy.vmplugin.v8.IndyInterface")) {
            if (member.equals("staticArrayAccess:get") || member.equals("staticArrayAccess:set")) {
                return null;
            }
            if (member.equals("bootstrap:cast")) {
                // casts to value types convert as in Groovy; casts to any other allowed type are rewritten to a
                // check (RecipeCasts), so that they cannot run constructors
                Type ret = Type.getReturnType(ref.desc());
                Type el = ret.getSort() == Type.ARRAY ? ret.getElementType() : ret;
                if (el.getSort() != Type.OBJECT || types.contains(el.getClassName()) || own.containsKey(el.getClassName())) {
                    return null;
                }
                return "not allowed in sandboxed recipes: a cast to " + el.getClassName() + " (" + reason(el.getClassName(), "<type>") + ")";
            }
            return "not allowed in sandboxed recipes: a dynamic Groovy call (" + member.replace("bootstrap:", "")
                    + "); write types or declare variables with their type so that the call is resolved when compiling";
        }
        if (owner.equals("java.lang.invoke.LambdaMetafactory") && member.startsWith("metafactory:")) {
            return null; // the lambda's body is the recipe's own method: its handle is checked as an own reference
        }
        return refusal(ref, "dynamic invocation");
    }

    /**
     * A named-argument constructor's property ({@code new X(name: v)} where X has a setter but no getter): Groovy sets
     * it by name on the new X, which calls X's setter; allowed when every public one-argument {@code setName} of X is
     * an allowed member with an allowed signature.
     */
    private @Nullable String checkPropertySet(BytecodeReferences.Ref ref) {
        String owner = ref.owner();
        String name = ref.member();
        String setter = "set" + (name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1));
        BytecodeReferences.Ref asCall = new BytecodeReferences.Ref(owner, setter, "", ref.line(), "method", ref.site());
        Class<?> c = load(owner);
        if (c == null || !types.contains(owner)) {
            return refusal(asCall, null);
        }
        boolean any = false;
        for (Method m : c.getMethods()) {
            if (!m.getName().equals(setter) || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String desc = Type.getMethodDescriptor(m);
            if (!listedOnTypeOrSupertype(owner, setter, setter + desc) || firstUnsafeType(desc) != null) {
                return refusal(asCall, "a named argument sets the property " + name + " through " + setter
                        + ", which is not on the allowlist of recipe API");
            }
            any = true;
        }
        return any ? null : refusal(asCall, "named arguments of a constructor set properties by name; " + simple(owner)
                + " has no setter " + setter);
    }

    /** Whether an exact helper entry names a constructor of {@code owner} (so that {@code new owner} may be created). */
    private boolean exactInit(String owner) {
        String prefix = owner + "#<init>(";
        for (String e : exact) {
            if (e.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code owner} or one of its supertypes lists the member by name, and does not exclude the overload. */
    private boolean listedOnTypeOrSupertype(String owner, String listed, String nameAndDesc) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        Class<?> start = load(owner);
        if (start == null) {
            return false;
        }
        todo.add(start);
        boolean found = false;
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            Set<String> names = members.get(c.getName());
            if (names != null && types.contains(c.getName())) {
                if (names.contains("!" + nameAndDesc)) {
                    return false;
                }
                if (names.contains(listed)) {
                    found = true;
                }
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            Collections.addAll(todo, c.getInterfaces());
        }
        return found;
    }

    /** The first type in a method or field descriptor a recipe may not hold, or null. */
    @Nullable String firstUnsafeType(String desc) {
        Type m = Type.getMethodType(desc);
        List<Type> all = new java.util.ArrayList<>(List.of(m.getArgumentTypes()));
        all.add(m.getReturnType());
        for (Type t : all) {
            Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
            if (e.getSort() == Type.OBJECT && !types.contains(e.getClassName())) {
                return e.getClassName();
            }
        }
        return null;
    }

    private @Nullable Class<?> load(String name) {
        return classes.computeIfAbsent(name, n -> {
            try {
                return Class.forName(n, false, RecipePolicy.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        });
    }

    private static String refusal(BytecodeReferences.Ref ref, @Nullable String why) {
        String owner = ref.owner();
        String member = ref.member();
        String simple = simple(owner);
        String what;
        if (member.equals("<new>") || member.equals("<init>")) {
            what = "new " + simple;
        } else if (member.equals("<type>") || member.equals("<class-literal>")) {
            what = "type " + owner;
        } else if (ref.kind().equals("indy-bootstrap")) {
            what = "a dynamic call";
        } else if (member.equals("getAt") || member.equals("putAt")) {
            what = "x[...] on " + describeIndexed(ref.desc());
        } else if (ref.owner().startsWith("recipe_") || ref.owner().contains("$_")) {
            what = member;
        } else {
            what = simple + "." + member;
        }
        return "not allowed in sandboxed recipes: " + what + " (" + Objects.requireNonNullElse(why, reason(owner, member))
                + ")";
    }

    private static String describeIndexed(String desc) {
        Type[] args = Type.getArgumentTypes(desc);
        String on = args.length > 0 ? simple(args[0].getClassName()) : "?";
        String key = args.length > 1 ? simple(args[1].getClassName()) : "?";
        return "a " + on + " with a " + key + " key";
    }

    static String simple(String owner) {
        int dot = owner.lastIndexOf('.');
        return owner.substring(dot + 1);
    }

    private static String reason(String owner, String member) {
        if (owner.startsWith("java.io.") || owner.startsWith("java.nio.") || owner.equals("org.gvc4j.Gvc")
                || owner.startsWith("org.gvc4j.source.") || member.equals("saveCsv") || member.equals("writeAll")
                || member.equals("save") || member.equals("readCsv") || member.equals("read") || member.equals("write")
                || owner.startsWith("tech.tablesaw.io.") || owner.contains("ResourceGroovyMethods")
                || owner.contains("IOGroovyMethods") || owner.contains("NioExtensions")) {
            return "file access: use load(path) for the tables given on the command line and save(result, file) "
                    + "for the output folder";
        }
        if (owner.startsWith("java.net.") || owner.startsWith("javax.net.") || owner.startsWith("java.nio.channels.")) {
            return "network access";
        }
        if (owner.equals("java.lang.ProcessBuilder") || owner.equals("java.lang.Process")
                || owner.contains("ProcessGroovyMethods") || member.equals("exec") || member.equals("execute")) {
            return "starting processes";
        }
        if (member.equals("exit") || member.equals("halt") || owner.equals("java.lang.System")
                || owner.equals("java.lang.Runtime") || member.equals("getInteger") || member.equals("getLong")
                || member.equals("getBoolean") || member.equals("getenv")) {
            return "access to the JVM, its environment, properties and exit";
        }
        if (member.equals("getAt") || member.equals("putAt")) {
            return "indexing by name reads or writes any property dynamically; use the property or a map";
        }
        if (owner.startsWith("java.lang.reflect.") || owner.equals("java.lang.Class") || owner.startsWith("java.lang.invoke.")
                || owner.contains("ClassLoader") || member.equals("getClass") || member.equals("forName")
                || member.equals("getMetaClass") || member.equals("setMetaClass") || member.equals("invokeMethod")
                || member.equals("getProperty") || member.equals("setProperty") || member.equals("asType")
                || member.startsWith("castTo") || member.equals("evaluate") || owner.startsWith("groovy.lang.")
                || owner.startsWith("org.codehaus.groovy.") || owner.startsWith("groovy.util.")) {
            return "reflection and dynamic Groovy";
        }
        if (owner.equals("java.lang.Thread") || owner.startsWith("java.util.concurrent.")) {
            return "threads";
        }
        return "not on the allowlist of recipe API";
    }
}
