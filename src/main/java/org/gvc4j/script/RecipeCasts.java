package org.gvc4j.script;

import groovyjarjarasm.asm.ClassReader;
import groovyjarjarasm.asm.ClassVisitor;
import groovyjarjarasm.asm.ClassWriter;
import groovyjarjarasm.asm.Handle;
import groovyjarjarasm.asm.MethodVisitor;
import groovyjarjarasm.asm.Opcodes;
import groovyjarjarasm.asm.Type;
import groovy.lang.Closure;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Comparator;
import java.util.Set;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;

/**
 * Casts in sandboxed recipes check, they never convert: Groovy compiles a cast (or a typed loop variable) to a call
 * that, given a list or an array, may run any constructor of the target type, private ones included. After the
 * policy check, every such call site whose target is not a plain value type (strings, numbers, collections: see
 * {@code RecipePolicy.CAST_TARGETS}) is rewritten to {@link #check}, which accepts only an object already of the type,
 * or a recipe's closure as one of the JDK's functional interfaces ({@link #isFunctional}).
 */
public final class RecipeCasts {
    private static final String INDY = "org/codehaus/groovy/vmplugin/v8/IndyInterface";
    private static final String SELF = Type.getInternalName(RecipeCasts.class);

    private RecipeCasts() {
    }

    /**
     * The cast a rewritten recipe performs: {@code value} itself when it is null or already a {@code type}, else a
     * one-line error.
     */
    public static @Nullable Object check(@Nullable Object value, Class<?> type) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (value instanceof Closure && isFunctional(type)) {
            return asFunction((Closure<?>) value, type);
        }
        throw new GvcException("a " + value.getClass().getSimpleName() + " is not a " + type.getSimpleName()
                + " (sandboxed recipes cast without converting)");
    }

    /**
     * The JDK's functional interfaces a closure may become ({@code list.stream().map { it * 2 }}): those of
     * {@code java.util.function} and {@link Comparator}. Their one abstract method calls the recipe's own closure;
     * nothing else is reachable through them.
     */
    static boolean isFunctional(Class<?> type) {
        return type.isInterface() && (type.getPackageName().equals("java.util.function") || type == Comparator.class);
    }

    /** The closure as an implementation of {@code type} (a functional interface of {@link #isFunctional}). */
    private static Object asFunction(Closure<?> closure, Class<?> type) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    default:
                        return "closure as " + type.getSimpleName();
                }
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (!Modifier.isAbstract(method.getModifiers())) {
                throw new GvcException("not supported on a closure used as " + type.getSimpleName() + ": "
                        + method.getName());
            }
            Object r = closure.call(args == null ? new Object[0] : args);
            return result(r, method.getReturnType(), type);
        };
        return Proxy.newProxyInstance(RecipeCasts.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    /** A closure's result as the primitive the interface method returns (Groovy truth for booleans). */
    private static @Nullable Object result(@Nullable Object r, Class<?> ret, Class<?> type) {
        if (!ret.isPrimitive() || ret == void.class) {
            return r;
        }
        if (ret == boolean.class) {
            if (r instanceof Boolean) {
                return r;
            }
            if (r == null) {
                return false;
            }
            if (r instanceof Number) {
                return ((Number) r).doubleValue() != 0;
            }
            if (r instanceof CharSequence) {
                return ((CharSequence) r).length() > 0;
            }
            if (r instanceof java.util.Collection) {
                return !((java.util.Collection<?>) r).isEmpty();
            }
            return true;
        }
        if (!(r instanceof Number)) {
            throw new GvcException("a closure used as " + type.getSimpleName() + " must return a number, not "
                    + (r == null ? "null" : r.getClass().getSimpleName()));
        }
        Number n = (Number) r;
        if (ret == double.class) {
            return n.doubleValue();
        }
        if (ret == int.class) {
            return n.intValue();
        }
        if (ret == long.class) {
            return n.longValue();
        }
        if (ret == float.class) {
            return n.floatValue();
        }
        if (ret == short.class) {
            return n.shortValue();
        }
        return n.byteValue();
    }

    /** The class bytes with every converting cast to a type outside {@code safeTargets} replaced by {@link #check}. */
    static byte[] rewrite(byte[] bytes, Set<String> safeTargets) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, desc, sig, exceptions)) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                        Type ret = Type.getReturnType(d);
                        Type[] params = Type.getArgumentTypes(d);
                        if (bsm.getOwner().equals(INDY) && n.equals("cast") && params.length == 1
                                && params[0].getSort() >= Type.ARRAY && needsCheck(ret, safeTargets)) {
                            super.visitLdcInsn(ret);
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, SELF, "check",
                                    "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;", false);
                            super.visitTypeInsn(Opcodes.CHECKCAST, ret.getInternalName());
                            return;
                        }
                        super.visitInvokeDynamicInsn(n, d, bsm, args);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    private static boolean needsCheck(Type target, Set<String> safeTargets) {
        Type el = target.getSort() == Type.ARRAY ? target.getElementType() : target;
        if (el.getSort() != Type.OBJECT) {
            return false; // a primitive array: Groovy converts numbers only
        }
        return !safeTargets.contains(el.getClassName());
    }
}
