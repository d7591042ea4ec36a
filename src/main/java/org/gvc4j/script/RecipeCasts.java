package org.gvc4j.script;

import groovyjarjarasm.asm.ClassReader;
import groovyjarjarasm.asm.ClassVisitor;
import groovyjarjarasm.asm.ClassWriter;
import groovyjarjarasm.asm.Handle;
import groovyjarjarasm.asm.MethodVisitor;
import groovyjarjarasm.asm.Opcodes;
import groovyjarjarasm.asm.Type;
import java.util.Set;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;

/**
 * Casts in sandboxed recipes check, they never convert: Groovy compiles a cast (or a typed loop variable) to a call
 * that, given a list or an array, may run any constructor of the target type, private ones included. After the
 * policy check, every such call site whose target is not a plain value type (strings, numbers, collections: see
 * {@code RecipePolicy.CAST_TARGETS}) is rewritten to {@link #check}, which accepts only an object already of the type.
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
        throw new GvcException("a " + value.getClass().getSimpleName() + " is not a " + type.getSimpleName()
                + " (sandboxed recipes cast without converting)");
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
