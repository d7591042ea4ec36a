package org.gvc4j.script;

import java.util.List;
import java.util.Set;

/**
 * What a sandboxed recipe may call: an allowlist of (class, member) pairs, checked on the compiled bytecode of every
 * class the recipe produces (after {@code @CompileStatic}, so every call is resolved to its target). Anything not
 * listed is refused with the recipe's line and a reason.
 *
 * <p>Allowed: the gvc4j API except what reads or writes files on its own (use the confined helpers {@code load} and
 * {@code save} instead), Tablesaw's data-frame types except its readers and writers, strings, numbers, {@code Math},
 * collections, streams, Groovy's collection and string helpers, and the code the Groovy compiler emits for them.
 */
public final class RecipePolicy {
    private RecipePolicy() {
    }

    /** Members refused on every class: reflection, class loading, meta-programming, dynamic dispatch. */
    private static final Set<String> DENIED_MEMBERS = Set.of("getClass", "getClassLoader", "forName", "getMetaClass",
            "setMetaClass", "invokeMethod", "getProperty", "setProperty", "evaluate", "getBinding", "setBinding",
            "asType", "read", "write", "exit", "halt", "exec", "load", "loadLibrary", "newInstance", "wait", "notify",
            "notifyAll", "finalize", "getDeclaredMethods", "getDeclaredMethod", "getMethods", "getMethod",
            "getDeclaredFields", "getField", "getFields", "getDeclaredField", "saveCsv", "writeAll", "save", "readCsv", "inspect", "dump",
            "getMetaPropertyValues", "getProperties", "hasProperty", "respondsTo", "use", "mixin", "identity",
            "castToType", "castToClass");

    /** Classes whose members are all allowed (subject to {@link #DENIED_MEMBERS}). */
    private static final Set<String> ALLOWED_CLASSES = Set.of(
            "java.lang.String", "java.lang.StringBuilder", "java.lang.CharSequence", "java.lang.Math",
            "java.lang.StrictMath", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float",
            "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character", "java.lang.Number",
            "java.lang.Comparable", "java.lang.Iterable", "java.lang.Enum",
            "java.lang.RuntimeException", "java.lang.IllegalArgumentException", "java.lang.IllegalStateException",
            "java.lang.Exception", "java.lang.Throwable",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode", "java.math.MathContext",
            "java.util.List", "java.util.ArrayList", "java.util.LinkedList", "java.util.Map", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap",
            "java.util.Map$Entry", "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.SortedSet", "java.util.Collection", "java.util.Collections", "java.util.Arrays",
            "java.util.Iterator", "java.util.ListIterator", "java.util.Objects", "java.util.Optional",
            "java.util.OptionalDouble", "java.util.OptionalInt", "java.util.Comparator", "java.util.StringJoiner",
            "java.util.Locale", "java.util.Deque", "java.util.ArrayDeque", "java.util.Queue",
            "java.util.DoubleSummaryStatistics", "java.util.regex.Pattern", "java.util.regex.Matcher",
            "groovy.lang.Reference", "groovy.lang.IntRange", "groovy.lang.ObjectRange", "groovy.lang.Range",
            "groovy.lang.EmptyRange", "groovy.lang.GString", "org.codehaus.groovy.runtime.GStringImpl",
            "org.codehaus.groovy.runtime.ArrayUtil", "org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation",
            "org.codehaus.groovy.runtime.StringGroovyMethods",
            "org.gvc4j.MrioTable", "org.gvc4j.result.Result", "org.gvc4j.result.Naming", "org.gvc4j.model.Conventions",
            "org.gvc4j.model.Conventions$ValueAdded", "org.gvc4j.model.Conventions$Output", "org.gvc4j.model.Labels",
            "org.gvc4j.model.IoTable", "org.gvc4j.model.LeontiefModel", "org.gvc4j.source.SyntheticTable",
            "org.gvc4j.error.GvcException");

    /** Packages whose classes are all allowed (subject to {@link #DENIED_MEMBERS}). */
    private static final List<String> ALLOWED_PACKAGES = List.of("java.util.function.", "java.util.stream.",
            "org.gvc4j.dsl.", "org.gvc4j.method.", "org.gvc4j.stats.", "tech.tablesaw.api.", "tech.tablesaw.columns.",
            "tech.tablesaw.table.", "tech.tablesaw.selection.", "tech.tablesaw.aggregate.", "tech.tablesaw.sorting.",
            "tech.tablesaw.filtering.", "org.codehaus.groovy.runtime.dgmimpl.", "org.codehaus.groovy.runtime.powerassert.");

    /** Specific members of otherwise refused classes. */
    private static final Set<String> ALLOWED_MEMBERS = Set.of(
            "org.gvc4j.Gvc#demo", "org.gvc4j.script.GvcScript#<init>",
            "org.codehaus.groovy.vmplugin.v8.IndyInterface#staticArrayAccess:get",
            "org.codehaus.groovy.vmplugin.v8.IndyInterface#staticArrayAccess:set", "org.gvc4j.Gvc#version", "org.gvc4j.Gvc#backend",
            "java.lang.Object#<init>", "java.lang.Object#toString", "java.lang.Object#equals", "java.lang.Object#hashCode",
            "java.lang.Object#<type>", "java.lang.Object#<new>",
            "groovy.lang.Closure#<init>", "groovy.lang.Closure#call", "groovy.lang.Closure#getThisObject",
            "groovy.lang.Closure#<type>", "groovy.lang.Closure#doCall",
            "org.codehaus.groovy.runtime.InvokerHelper#runScript",
            "org.codehaus.groovy.runtime.typehandling.ShortTypeHandling#castToString",
            "org.codehaus.groovy.runtime.typehandling.ShortTypeHandling#castToChar",
            "org.codehaus.groovy.runtime.typehandling.ShortTypeHandling#castToEnum",
            "java.lang.invoke.LambdaMetafactory#metafactory");

    /** Members of the recipe's own class that come from its base classes ({@link GvcScript}, {@code Script}). */
    private static final Set<String> INHERITED_HELPERS = Set.of("<init>", "runRecipe", "getArgs", "param", "demo", "load",
            "loadCsv",
            "show", "save", "println", "print", "printf", "doCall", "call", "getThisObject");

    /** Compiler-emitted helpers of {@code ScriptBytecodeAdapter} that do no dynamic dispatch. */
    private static final List<String> ADAPTER_PREFIXES = List.of("create", "compare", "isCase", "matchRegex",
            "findRegex", "unaryMinus", "unaryPlus", "bitwiseNegate", "despreadList", "unwrap");

    /** The Groovy collection helpers ({@code DefaultGroovyMethods}) a recipe may use. */
    private static final Set<String> GDK_METHODS = Set.of(
            "each", "eachWithIndex", "collect", "collectMany", "collectEntries", "findAll", "find", "findIndexOf",
            "findLastIndexOf", "findResult", "findResults", "any", "every", "sum", "max", "min", "sort", "toSorted",
            "join", "size", "getAt", "putAt", "plus", "minus", "multiply", "div", "power", "abs", "round", "intdiv",
            "mod", "next", "previous", "groupBy", "countBy", "count", "first", "last", "head", "tail", "init",
            "take", "drop", "takeWhile", "dropWhile", "unique", "toUnique", "reverse", "inject", "withIndex",
            "indexed", "toList", "toSet", "asList", "isCase", "println", "print", "printf", "sprintf", "times",
            "upto", "downto", "step", "toString", "contains", "containsAll", "flatten", "transpose", "combinations",
            "collate", "split", "average", "asBoolean", "leftShift", "getIndices", "iterator", "asImmutable",
            "asUnmodifiable", "subMap", "withDefault", "grep", "is", "equals", "get", "toArray", "toListString",
            "toMapString", "reverseEach", "eachPermutation", "permutations", "subsequences", "chop", "toSpreadMap",
            "intersect", "disjoint", "removeAll", "retainAll", "addAll", "swap", "shuffle", "shuffled", "asReversed",
            "format", "floor", "ceil", "trunc", "toInteger", "toDouble", "toLong", "toBigDecimal", "compareTo");

    /**
     * @param ownClasses the recipe's own classes (script and closures) and the methods they declare
     * @return {@code null} if the reference is allowed, else the reason to show the user
     */
    static String check(BytecodeReferences.Ref ref, java.util.Map<String, List<String>> ownClasses) {
        String owner = ref.owner();
        String member = ref.member();
        if (ownClasses.containsKey(owner)) {
            if (member.startsWith("$") || member.startsWith("__$") || ref.kind().equals("field") || ref.kind().equals("type") || INHERITED_HELPERS.contains(member)
                    || ownClasses.get(owner).contains(member)) {
                return null;
            }
            return refusal(owner, member, "this.");
        }
        if (ref.kind().equals("indy-bootstrap") && member.equals("bootstrap:cast")) {
            return castTarget(ref.desc(), ownClasses);
        }
        String key = owner + "#" + member;
        if (key.equals("org.gvc4j.result.Result#getMethod")) {
            return null; // the decomposition chain's name, not reflection
        }
        if (DENIED_MEMBERS.contains(member)) {
            return refusal(owner, member, null);
        }
        if (ALLOWED_MEMBERS.contains(key) || ALLOWED_CLASSES.contains(owner)) {
            return null;
        }
        for (String p : ALLOWED_PACKAGES) {
            if (owner.startsWith(p)) {
                return null;
            }
        }
        if (owner.equals("org.codehaus.groovy.runtime.ScriptBytecodeAdapter")) {
            for (String p : ADAPTER_PREFIXES) {
                if (member.startsWith(p)) {
                    return null;
                }
            }
        }
        if (owner.equals("org.codehaus.groovy.runtime.DefaultGroovyMethods") && GDK_METHODS.contains(member)
                && !(member.equals("getAt") || member.equals("putAt")) || isSafeIndexing(owner, member, ref.desc())) {
            return null;
        }
        if (owner.startsWith("org.codehaus.groovy.runtime.typehandling.") && owner.endsWith("Math")) {
            return null;
        }
        return refusal(owner, member, null);
    }

    /**
     * Groovy 4 compiles some static casts to an invokedynamic "cast"; it is fine when the target type is one a recipe
     * may use anyway (the descriptor's return type).
     */
    private static String castTarget(String desc, java.util.Map<String, List<String>> ownClasses) {
        String ret = desc.substring(desc.indexOf(')') + 1);
        if (ret.length() == 1 || ret.startsWith("[") && ret.length() == 2) {
            return null; // a primitive or primitive array
        }
        String type = ret.replaceFirst("^\\[+", "").replaceFirst("^L", "").replaceFirst(";$", "").replace('/', '.');
        String why = check(new BytecodeReferences.Ref(type, "<type>", "", -1, "type"), ownClasses);
        return why == null ? null : "not allowed in sandboxed recipes: a cast to " + type + " (" + why.replaceFirst(".*\\(", "").replaceFirst("\\)$", "") + ")";
    }

    /** {@code list[i]} and {@code map[k]} are fine; {@code obj['property']} on a plain Object is dynamic access. */
    private static boolean isSafeIndexing(String owner, String member, String desc) {
        return owner.equals("org.codehaus.groovy.runtime.DefaultGroovyMethods")
                && (member.equals("getAt") || member.equals("putAt"))
                && !desc.startsWith("(Ljava/lang/Object;Ljava/lang/String;");
    }

    private static String refusal(String owner, String member, String self) {
        String what = (self != null ? self : simple(owner) + ".") + (member.startsWith("<") ? "new " + simple(owner) : member);
        if (member.equals("<new>") || member.equals("<init>")) {
            what = "new " + simple(owner);
        } else if (member.equals("<type>") || member.equals("<class-literal>")) {
            what = "type " + owner;
        }
        return "not allowed in sandboxed recipes: " + what + " (" + reason(owner, member) + ")";
    }

    private static String simple(String owner) {
        int dot = owner.lastIndexOf('.');
        return owner.substring(dot + 1);
    }

    private static String reason(String owner, String member) {
        if (owner.startsWith("java.io.") || owner.startsWith("java.nio.") || owner.equals("org.gvc4j.Gvc")
                || owner.startsWith("org.gvc4j.source.") || member.equals("saveCsv") || member.equals("writeAll")
                || member.equals("save") || member.equals("readCsv")
                || member.equals("read")
                || member.equals("write") || owner.startsWith("tech.tablesaw.io.")
                || owner.startsWith("org.codehaus.groovy.runtime.ResourceGroovyMethods")
                || owner.startsWith("org.codehaus.groovy.runtime.IOGroovyMethods")
                || owner.startsWith("org.codehaus.groovy.runtime.NioExtensions")) {
            return "file access: use load(path) for the tables given on the command line and save(result, file) "
                    + "for the output folder";
        }
        if (owner.startsWith("java.net.") || owner.startsWith("javax.net.") || owner.startsWith("java.nio.channels.")) {
            return "network access";
        }
        if (owner.equals("java.lang.ProcessBuilder") || owner.equals("java.lang.Process")
                || owner.startsWith("org.codehaus.groovy.runtime.ProcessGroovyMethods") || member.equals("exec")) {
            return "starting processes";
        }
        if (member.equals("exit") || member.equals("halt") || owner.equals("java.lang.System")
                || owner.equals("java.lang.Runtime")) {
            return "access to the JVM, its environment and exit";
        }
        if (owner.startsWith("java.lang.reflect.") || owner.equals("java.lang.Class") || owner.startsWith("java.lang.invoke.")
                || owner.contains("ClassLoader") || member.equals("getClass") || member.equals("forName")
                || member.equals("getMetaClass") || member.equals("setMetaClass") || member.equals("invokeMethod")
                || member.equals("getProperty") || member.equals("setProperty") || member.equals("asType")
                || member.startsWith("castTo") || owner.startsWith("groovy.lang.") || owner.startsWith("org.codehaus.groovy.")
                || owner.startsWith("groovy.util.")) {
            return "reflection and dynamic Groovy";
        }
        if (owner.equals("java.lang.Thread") || owner.startsWith("java.util.concurrent.")) {
            return "threads";
        }
        return "not on the allowlist of recipe API";
    }
}
