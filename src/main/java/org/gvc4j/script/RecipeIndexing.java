package org.gvc4j.script;

import java.util.List;
import java.util.Map;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;
import org.codehaus.groovy.syntax.Types;
import org.jspecify.annotations.Nullable;

/**
 * Index assignment inside closures of sandboxed recipes. Groovy's static compiler turns {@code x[k] = v} inside a
 * closure into a dynamic {@code putAt} call (which the sandbox refuses, and which would reach any object's
 * properties), whatever the type of {@code x}. Right after parsing, each such assignment inside a closure is rewritten
 * to a call of one of the typed {@code putAt} overloads below, chosen by the static compiler from the type of
 * {@code x}: a map, a list or an array of a primitive or reference type. Any other receiver (an object, an untyped
 * {@code def} variable, a list with a string key) matches no overload and is refused when compiling, so dynamic
 * property access ({@code obj["metaClass"] = v}) stays closed. Each overload returns the value assigned, as the
 * assignment expression does. Outside closures the compiler's own (static) code is kept.
 */
public final class RecipeIndexing {
    private RecipeIndexing() {
    }

    /** {@code map[key] = value}: {@link Map#put}; returns {@code value}. */
    @SuppressWarnings("unchecked")
    public static <V> V putAt(Map<?, ?> map, @Nullable Object key, V value) {
        ((Map<Object, Object>) map).put(key, value);
        return value;
    }

    /** {@code list[i] = value} with Groovy's semantics (negative from the end, padding with nulls); returns value. */
    @SuppressWarnings("unchecked")
    public static <V> V putAt(List<?> list, int index, V value) {
        DefaultGroovyMethods.putAt((List<Object>) list, index, value);
        return value;
    }

    /** {@code array[i] = value} (a Java array store; an index out of range is an error). */
    public static <V> V putAt(V[] array, int index, V value) {
        array[index] = value;
        return value;
    }

    /** {@code array[i] = value}. */
    public static double putAt(double[] array, int index, double value) {
        array[index] = value;
        return value;
    }

    /** {@code array[i] = value}. */
    public static int putAt(int[] array, int index, int value) {
        array[index] = value;
        return value;
    }

    /** {@code array[i] = value}. */
    public static long putAt(long[] array, int index, long value) {
        array[index] = value;
        return value;
    }

    /** {@code array[i] = value}. */
    public static boolean putAt(boolean[] array, int index, boolean value) {
        array[index] = value;
        return value;
    }

    /** The rewrite, applied at conversion (after {@link SandboxSyntax}, before types are resolved). */
    static final class Rewrite extends CompilationCustomizer {
        private static final ClassNode SELF = ClassHelper.make(RecipeIndexing.class);

        Rewrite() {
            super(CompilePhase.CONVERSION);
        }

        @Override
        public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
            new ClassCodeExpressionTransformer() {
                private int closures;

                @Override
                protected SourceUnit getSourceUnit() {
                    return source;
                }

                @Override
                public Expression transform(@Nullable Expression e) {
                    if (e instanceof ClosureExpression c) {
                        closures++;
                        try {
                            c.getCode().visit(this);
                        } finally {
                            closures--;
                        }
                        return c;
                    }
                    if (closures > 0 && e instanceof BinaryExpression b && b.getOperation().getType() == Types.ASSIGN
                            && b.getLeftExpression() instanceof BinaryExpression idx && !idx.isSafe()
                            && idx.getOperation().getType() == Types.LEFT_SQUARE_BRACKET) {
                        StaticMethodCallExpression call = new StaticMethodCallExpression(SELF, "putAt",
                                new ArgumentListExpression(transform(idx.getLeftExpression()),
                                        transform(idx.getRightExpression()), transform(b.getRightExpression())));
                        call.setSourcePosition(b);
                        return call;
                    }
                    return e == null ? null : super.transform(e);
                }
            }.visitClass(classNode);
        }
    }
}
