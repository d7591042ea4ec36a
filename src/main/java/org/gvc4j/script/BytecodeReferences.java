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
 * Lists every member a compiled class refers to (method calls, constructor calls, field reads and writes, method
 * handles, invokedynamic bootstraps, types created, cast to, tested or named as class literals), with the source line
 * and the method the reference sits in. Every method is scanned, the compiler's synthetic ones included.
 */
final class BytecodeReferences {
    /** Where a reference sits: the declaring method's name, descriptor and whether the compiler made it. */
    record Site(String method, String desc, boolean synthetic) {
    }

    /**
     * One reference: {@code owner} is a binary class name with dots, {@code member} a method or field name (or
     * {@code <new>}, {@code <type>}, {@code <class-literal>} for type references, {@code bootstrap:name} for
     * invokedynamic); {@code kind} is method, field, field-put, type, handle or indy-bootstrap.
     */
    record Ref(String owner, String member, String desc, int line, String kind, Site site) {
        Ref(String owner, String member, String desc, int line, String kind) {
            this(owner, member, desc, line, kind, new Site("", "", false));
        }
    }

    /** A method the class declares. */
    record Method(String name, String desc, boolean synthetic, boolean isStatic) {
    }

    /** What the class declares and refers to. */
    record ClassInfo(String name, String superName, List<String> interfaces, List<Method> methods, List<String> fields,
                     List<Ref> refs) {
        boolean declares(String name, String desc) {
            for (Method m : methods) {
                if (m.name().equals(name) && m.desc().equals(desc)) {
                    return true;
                }
            }
            return false;
        }
    }

    private BytecodeReferences() {
    }

    static ClassInfo scan(byte[] bytes) {
        List<Ref> refs = new ArrayList<>();
        String[] header = new String[2];
        List<String> interfaces = new ArrayList<>();
        List<Method> methods = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] ifaces) {
                header[0] = dots(name);
                header[1] = superName == null ? "" : dots(superName);
                if (ifaces != null) {
                    for (String i : ifaces) {
                        interfaces.add(dots(i));
                    }
                }
            }

            @Override
            public groovyjarjarasm.asm.FieldVisitor visitField(int access, String name, String desc, String sig,
                                                                Object value) {
                fields.add(name);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                boolean synthetic = (access & Opcodes.ACC_SYNTHETIC) != 0;
                methods.add(new Method(name, desc, synthetic, (access & Opcodes.ACC_STATIC) != 0));
                return new Collector(refs, new Site(name, desc, synthetic));
            }
        }, 0);
        return new ClassInfo(header[0], header[1], interfaces, methods, fields, refs);
    }

    static String dots(String internal) {
        return internal.replace('/', '.');
    }

    private static final class Collector extends MethodVisitor {
        private final List<Ref> out;
        private final Site site;
        private int line = -1;

        Collector(List<Ref> out, Site site) {
            super(Opcodes.ASM9);
            this.out = out;
            this.site = site;
        }

        @Override
        public void visitLineNumber(int l, Label start) {
            line = l;
        }

        private void add(String owner, String member, String desc, String kind) {
            if (owner.startsWith("[")) {
                Type t = Type.getType(owner);
                owner = t.getElementType().getSort() == Type.OBJECT ? t.getElementType().getInternalName() : "java/lang/Object";
            }
            out.add(new Ref(dots(owner), member, desc, line, kind, site));
        }

        @Override
        public void visitMethodInsn(int op, String owner, String name, String desc, boolean itf) {
            add(owner, name, desc, "method");
        }

        @Override
        public void visitFieldInsn(int op, String owner, String name, String desc) {
            add(owner, name, desc, op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC ? "field-put" : "field");
        }

        @Override
        public void visitTypeInsn(int op, String type) {
            add(type, op == Opcodes.NEW ? "<new>" : "<type>", "", "type");
        }

        @Override
        public void visitMultiANewArrayInsn(String desc, int dims) {
            Type t = Type.getType(desc).getElementType();
            if (t.getSort() == Type.OBJECT) {
                add(t.getInternalName(), "<type>", "", "type");
            }
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                add(type, "<type>", "", "type");
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type) {
                Type t = (Type) value;
                if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
                    add(e.getSort() == Type.OBJECT ? e.getInternalName() : "java/lang/Object", "<class-literal>", "",
                            "type");
                } else if (t.getSort() == Type.METHOD) {
                    add("java/lang/invoke/MethodType", "<method-type>", t.getDescriptor(), "type");
                }
            } else if (value instanceof Handle) {
                Handle h = (Handle) value;
                add(h.getOwner(), h.getName(), h.getDesc(), "handle");
            } else if (value instanceof groovyjarjarasm.asm.ConstantDynamic) {
                add("java/lang/invoke/ConstantBootstraps", "<condy>", "", "indy-bootstrap");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String desc, Handle bsm, Object... args) {
            add(bsm.getOwner(), bsm.getName() + ":" + name, desc, "indy-bootstrap");
            for (Object a : args) {
                if (a instanceof Handle) {
                    add(((Handle) a).getOwner(), ((Handle) a).getName(), ((Handle) a).getDesc(), "handle");
                }
            }
        }
    }
}
