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
     * invokedynamic); {@code kind} is method, field, field-put, type, handle, indy-bootstrap or property-set (a
     * named-argument constructor's {@code ScriptBytecodeAdapter.setProperty} on an object the method itself just
     * created with {@code new owner()}: {@code member} is the property's name).
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
                return new Collector(refs, new Site(name, desc, synthetic), header[0]);
            }
        }, 0);
        return new ClassInfo(header[0], header[1], interfaces, methods, fields, refs);
    }

    static String dots(String internal) {
        return internal.replace('/', '.');
    }

    /** ScriptBytecodeAdapter, whose dynamic helpers are recognised only in the exact shapes the compiler emits. */
    private static final String SBA = "org/codehaus/groovy/runtime/ScriptBytecodeAdapter";

    /**
     * Collects the references of one method. Two dynamic helpers of the compiler are recognised by the instructions
     * that feed them and recorded as what they really do (anything else stays a reference to the helper, refused):
     * <ul>
     *   <li>the spread-map marker {@code [*: m]}: {@code ldc OwnClass; ldc Collections; ldc "emptyMap";
     *   invokestatic invokeStaticMethod0} is {@code Collections.emptyMap()};</li>
     *   <li>a named-argument constructor {@code new X(name: v)} of a property without a getter: {@code new X; dup;
     *   invokespecial X.<init>()V; astore n} (the only store into slot n in the method) and later {@code aload n;
     *   ldc "name"; checkcast String; invokestatic setProperty} is a property-set of {@code name} on an X.</li>
     * </ul>
     */
    private static final class Collector extends MethodVisitor {
        private final List<Ref> out;
        private final Site site;
        private final String self;
        private int line = -1;
        /** The last few instructions, as text (ldc constants, loads, stores, calls), for the patterns above. */
        private final List<String> recent = new ArrayList<>();
        private final java.util.Map<Integer, Integer> stores = new java.util.HashMap<>();
        private final java.util.Map<Integer, String> freshIn = new java.util.HashMap<>();
        /** Pending property-sets: slot, owner, property, line (checked at the end of the method). */
        private final List<Object[]> pendingSets = new ArrayList<>();

        Collector(List<Ref> out, Site site, String self) {
            super(Opcodes.ASM9);
            this.out = out;
            this.site = site;
            this.self = self;
        }

        private void note(String insn) {
            recent.add(insn);
            if (recent.size() > 6) {
                recent.remove(0);
            }
        }

        private String back(int i) {
            return recent.size() >= i ? recent.get(recent.size() - i) : "";
        }

        @Override
        public void visitInsn(int op) {
            note(op == Opcodes.DUP ? "dup" : "insn" + op);
        }

        @Override
        public void visitIntInsn(int op, int operand) {
            note("int");
        }

        @Override
        public void visitVarInsn(int op, int slot) {
            if (op == Opcodes.ASTORE) {
                stores.merge(slot, 1, Integer::sum);
                // new X; dup; invokespecial X.<init>()V; astore slot
                String init = back(1);
                if (init.startsWith("init:") && back(2).equals("dup") && back(3).equals("new:" + init.substring(5))) {
                    freshIn.put(slot, init.substring(5));
                } else {
                    freshIn.remove(slot);
                }
            } else if (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
                stores.merge(slot, 1, Integer::sum);
            }
            note((op == Opcodes.ALOAD ? "aload:" : "var" + op + ":") + slot);
        }

        @Override
        public void visitJumpInsn(int op, Label label) {
            note("jump");
        }

        @Override
        public void visitIincInsn(int slot, int inc) {
            note("iinc");
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            note("switch");
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            note("switch");
        }

        @Override
        public void visitEnd() {
            for (Object[] p : pendingSets) {
                int slot = (Integer) p[0];
                boolean fresh = stores.getOrDefault(slot, 0) == 1 && p[1].equals(freshIn.get(slot));
                if (fresh) {
                    out.add(new Ref(dots((String) p[1]), (String) p[2], "", (Integer) p[3], "property-set", site));
                } else {
                    out.add(new Ref(dots(SBA), "setProperty",
                            "(Ljava/lang/Object;Ljava/lang/Class;Ljava/lang/Object;Ljava/lang/String;)V", (Integer) p[3],
                            "method", site));
                }
            }
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
            if (op == Opcodes.INVOKESTATIC && owner.equals(SBA) && name.equals("invokeStaticMethod0")
                    && desc.equals("(Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Object;")
                    && back(1).equals("ldc-string:emptyMap") && back(2).equals("ldc-class:java/util/Collections")
                    && (back(3).equals("ldc-class:" + self.replace('.', '/'))
                    || back(3).startsWith("ldc-class:") && self.replace('.', '/').startsWith(back(3).substring(10) + "$"))) {
                // the spread-map marker: drop the two class literals just recorded, record the call it makes
                out.remove(out.size() - 1);
                out.remove(out.size() - 1);
                add("java/util/Collections", "emptyMap", "()Ljava/util/Map;", "method");
                note("call");
                return;
            }
            if (op == Opcodes.INVOKESTATIC && owner.equals(SBA) && name.equals("setProperty")
                    && desc.equals("(Ljava/lang/Object;Ljava/lang/Class;Ljava/lang/Object;Ljava/lang/String;)V")
                    && back(1).equals("checkcast:java/lang/String") && back(2).startsWith("ldc-string:")
                    && back(3).startsWith("aload:")) {
                int slot = Integer.parseInt(back(3).substring(6));
                pendingSets.add(new Object[] {slot, freshIn.getOrDefault(slot, ""), back(2).substring(11), line});
                note("call");
                return;
            }
            add(owner, name, desc, "method");
            note(op == Opcodes.INVOKESPECIAL && name.equals("<init>") && desc.equals("()V") ? "init:" + owner : "call");
        }

        @Override
        public void visitFieldInsn(int op, String owner, String name, String desc) {
            add(owner, name, desc, op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC ? "field-put" : "field");
            note("field");
        }

        @Override
        public void visitTypeInsn(int op, String type) {
            add(type, op == Opcodes.NEW ? "<new>" : "<type>", "", "type");
            note((op == Opcodes.NEW ? "new:" : op == Opcodes.CHECKCAST ? "checkcast:" : "type:") + type);
        }

        @Override
        public void visitMultiANewArrayInsn(String desc, int dims) {
            note("multianewarray");
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
            if (value instanceof String) {
                note("ldc-string:" + value);
            } else if (value instanceof Type && ((Type) value).getSort() == Type.OBJECT) {
                note("ldc-class:" + ((Type) value).getInternalName());
            } else {
                note("ldc");
            }
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
            note("indy");
            add(bsm.getOwner(), bsm.getName() + ":" + name, desc, "indy-bootstrap");
            for (Object a : args) {
                if (a instanceof Handle) {
                    add(((Handle) a).getOwner(), ((Handle) a).getName(), ((Handle) a).getDesc(), "handle");
                }
            }
        }
    }
}
