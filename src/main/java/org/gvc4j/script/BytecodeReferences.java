package org.gvc4j.script;

import groovyjarjarasm.asm.ClassReader;
import groovyjarjarasm.asm.ClassVisitor;
import groovyjarjarasm.asm.Handle;
import groovyjarjarasm.asm.Label;
import groovyjarjarasm.asm.MethodVisitor;
import groovyjarjarasm.asm.Opcodes;
import groovyjarjarasm.asm.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every member a compiled class refers to (method calls, constructor calls, field accesses, method handles,
 * types created, cast to or named as class literals), with the source line. Synthetic methods (the compiler's own
 * meta-class plumbing, which a recipe cannot write) are skipped; everything else is listed, including the script body.
 */
final class BytecodeReferences {
    /** One reference: {@code owner} is a binary class name with dots, {@code member} a method or field name. */
    record Ref(String owner, String member, String desc, int line, String kind) {
    }

    /** What the class declares as its super types. */
    record ClassInfo(String name, String superName, List<String> interfaces, List<String> methods, List<Ref> refs) {
    }

    private BytecodeReferences() {
    }

    static ClassInfo scan(byte[] bytes) {
        List<Ref> refs = new ArrayList<>();
        String[] header = new String[2];
        List<String> interfaces = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] ifaces) {
                header[0] = dots(name);
                header[1] = superName == null ? null : dots(superName);
                if (ifaces != null) {
                    for (String i : ifaces) {
                        interfaces.add(dots(i));
                    }
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                if ((access & Opcodes.ACC_SYNTHETIC) != 0) {
                    return null;
                }
                methods.add(name);
                return new Collector(refs);
            }
        }, 0);
        return new ClassInfo(header[0], header[1], interfaces, methods, refs);
    }

    private static String dots(String internal) {
        return internal.replace('/', '.');
    }

    private static final class Collector extends MethodVisitor {
        private final List<Ref> out;
        private int line = -1;

        Collector(List<Ref> out) {
            super(Opcodes.ASM9);
            this.out = out;
        }

        @Override
        public void visitLineNumber(int l, Label start) {
            line = l;
        }

        private void add(String owner, String member, String kind) {
            add(owner, member, "", kind);
        }

        private void add(String owner, String member, String desc, String kind) {
            if (owner.startsWith("[")) {
                Type t = Type.getType(owner);
                owner = t.getElementType().getSort() == Type.OBJECT ? t.getElementType().getInternalName() : "java/lang/Object";
            }
            out.add(new Ref(dots(owner), member, desc, line, kind));
        }

        @Override
        public void visitMethodInsn(int op, String owner, String name, String desc, boolean itf) {
            add(owner, name, desc, "method");
        }

        @Override
        public void visitFieldInsn(int op, String owner, String name, String desc) {
            add(owner, name, "field");
        }

        @Override
        public void visitTypeInsn(int op, String type) {
            add(type, op == Opcodes.NEW ? "<new>" : "<type>", "type");
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type && ((Type) value).getSort() == Type.OBJECT) {
                add(((Type) value).getInternalName(), "<class-literal>", "type");
            } else if (value instanceof Handle) {
                Handle h = (Handle) value;
                add(h.getOwner(), h.getName(), "handle");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String desc, Handle bsm, Object... args) {
            add(bsm.getOwner(), bsm.getName() + ":" + name, desc, "indy-bootstrap");
            for (Object a : args) {
                if (a instanceof Handle) {
                    add(((Handle) a).getOwner(), ((Handle) a).getName(), "handle");
                }
            }
        }
    }
}
