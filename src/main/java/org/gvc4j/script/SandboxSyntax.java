package org.gvc4j.script;

import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.GenericsType;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.stmt.CatchStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;
import groovyjarjarantlr4.v4.runtime.CharStreams;
import groovyjarjarantlr4.v4.runtime.Token;
import org.apache.groovy.parser.antlr4.GroovyLangLexer;
import org.apache.groovy.parser.antlr4.GroovyLexer;

/**
 * The sandbox's syntax rules, applied right after parsing (before any AST transformation can run code at compile
 * time), each refusal with the recipe's line:
 * <ul>
 *   <li>no annotations anywhere: on declarations, imports, parameters (of methods and closures), catch and loop
 *   variables, casts, {@code new} and type arguments (that rules out {@code @Grab}, {@code @GrabConfig},
 *   {@code @ASTTest}, {@code @CompileDynamic}, {@code @Field} and annotation closures);</li>
 *   <li>no class, interface, enum or trait declarations, no method pointers or references;</li>
 *   <li>no method that would replace one of the recipe's base class the runner calls or Groovy dispatches through
 *   ({@code setBinding}, {@code getBinding}, {@code run}, {@code getProperty} ...);</li>
 *   <li>no list or map literal of more than {@value #MAX_LITERAL} elements (the compiler's stack and the JVM's 64 KB
 *   method limit: data belongs in a file read with {@code loadCsv}).</li>
 * </ul>
 */
final class SandboxSyntax extends CompilationCustomizer {
    /** The most elements of one list or map literal. */
    static final int MAX_LITERAL = 5_000;

    /** Methods of the base class (and of Script, GroovyObject) a recipe may not declare. */
    static final Set<String> BASE_METHODS = Set.of("setBinding", "getBinding", "run", "runRecipe", "getProperty",
            "setProperty", "invokeMethod", "getMetaClass", "setMetaClass", "attach");

    SandboxSyntax() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        List<ClassNode> classes = source.getAST().getClasses();
        for (ClassNode c : classes) {
            if (!c.isScript()) {
                error(source, c, "class, interface, enum and trait declarations are not allowed in sandboxed recipes");
            }
        }
        lexicalAnnotations(source);
        for (var imp : source.getAST().getImports()) {
            annotations(source, imp);
        }
        for (var imp : source.getAST().getStarImports()) {
            annotations(source, imp);
        }
        for (var imp : source.getAST().getStaticImports().values()) {
            annotations(source, imp);
        }
        for (var imp : source.getAST().getStaticStarImports().values()) {
            annotations(source, imp);
        }
        if (source.getAST().getPackage() != null) {
            annotations(source, source.getAST().getPackage());
        }
        for (MethodNode m : classNode.getMethods()) {
            if (m.getLineNumber() > 0 && BASE_METHODS.contains(m.getName())) {
                error(source, m, "a recipe may not declare " + m.getName() + "(...): it would replace the method of the "
                        + "recipe's base class that gvc calls; give yours another name");
            }
        }
        spreadProperties(source, classNode);
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitAnnotations(AnnotatedNode node) {
                annotations(source, node);
                super.visitAnnotations(node);
            }

            @Override
            protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
                types(source, node.getReturnType(), node);
                for (Parameter p : node.getParameters()) {
                    types(source, p.getType(), p.getLineNumber() > 0 ? p : node); // annotations: visited by super
                }
                super.visitConstructorOrMethod(node, isConstructor);
            }

            private void parameter(Parameter p, ASTNode at) {
                annotations(source, p);
                types(source, p.getType(), p.getLineNumber() > 0 ? p : at);
            }

            @Override
            public void visitClosureExpression(ClosureExpression e) {
                if (e.getParameters() != null) {
                    for (Parameter p : e.getParameters()) {
                        parameter(p, e);
                    }
                }
                super.visitClosureExpression(e);
            }

            @Override
            public void visitCatchStatement(CatchStatement s) {
                parameter(s.getVariable(), s);
                super.visitCatchStatement(s);
            }

            @Override
            public void visitForLoop(ForStatement s) {
                if (s.getVariable() != null) {
                    parameter(s.getVariable(), s);
                }
                super.visitForLoop(s);
            }

            @Override
            public void visitCastExpression(CastExpression e) {
                types(source, e.getType(), e);
                super.visitCastExpression(e);
            }

            @Override
            public void visitConstructorCallExpression(ConstructorCallExpression e) {
                types(source, e.getType(), e);
                super.visitConstructorCallExpression(e);
            }

            @Override
            public void visitDeclarationExpression(DeclarationExpression e) {
                types(source, e.getLeftExpression().getType(), e);
                super.visitDeclarationExpression(e);
            }

            @Override
            public void visitListExpression(ListExpression e) {
                if (e.getExpressions().size() > MAX_LITERAL) {
                    error(source, e, tooLarge("list", e.getExpressions().size()));
                    return; // not descended into
                }
                super.visitListExpression(e);
            }

            @Override
            public void visitMapExpression(MapExpression e) {
                if (e.getMapEntryExpressions().size() > MAX_LITERAL) {
                    error(source, e, tooLarge("map", e.getMapEntryExpressions().size()));
                    return;
                }
                super.visitMapExpression(e);
            }

            @Override
            public void visitMethodPointerExpression(MethodPointerExpression e) {
                error(source, e, "method pointers and references (.& and ::) are not allowed in sandboxed recipes");
                super.visitMethodPointerExpression(e);
            }
        }.visitClass(classNode);
    }

    /**
     * Every annotation written in the text, found by Groovy's own lexer (so strings and comments are skipped): the
     * parser drops some positions (a catch variable, {@code new @A X()}) before any visitor could see them. An
     * {@code @} right after a dot is attribute access ({@code x.@field}), not an annotation.
     */
    private static void lexicalAnnotations(SourceUnit source) {
        String text;
        try (java.io.Reader r = source.getSource().getReader()) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            int k;
            while ((k = r.read(buf)) > 0) {
                b.append(buf, 0, k);
            }
            text = b.toString();
        } catch (java.io.IOException | RuntimeException e) {
            return; // the parser has read it already; nothing to add
        }
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        try {
            GroovyLangLexer lexer = new GroovyLangLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            int previous = -1;
            Token t;
            Token at = null;
            String name = null;
            boolean afterDot = false;
            while ((t = lexer.nextToken()).getType() != Token.EOF) {
                int type = t.getType();
                if (type == GroovyLexer.NL || t.getChannel() != Token.DEFAULT_CHANNEL) {
                    continue;
                }
                boolean ident = type == GroovyLexer.Identifier || type == GroovyLexer.CapitalizedIdentifier;
                if (at != null) {
                    if (ident && (name == null || afterDot)) {
                        name = t.getText(); // the last part of a qualified name: @groovy.transform.ASTTest
                        afterDot = false;
                        previous = type;
                        continue;
                    }
                    if (type == GroovyLexer.DOT && name != null && !afterDot) {
                        afterDot = true;
                        previous = type;
                        continue;
                    }
                    if (name != null && reported.add(at.getLine())) {
                        source.getErrorCollector().addErrorAndContinue(new SyntaxException("annotations (@" + name
                                + ") are not allowed in sandboxed recipes", at.getLine(), at.getCharPositionInLine() + 1),
                                source);
                    }
                    at = null;
                    name = null;
                    afterDot = false;
                }
                if (type == GroovyLexer.AT && previous != GroovyLexer.DOT && previous != GroovyLexer.SAFE_DOT
                        && previous != GroovyLexer.SPREAD_DOT && previous != GroovyLexer.SAFE_CHAIN_DOT) {
                    at = t;
                }
                previous = type;
            }
        } catch (RuntimeException e) {
            // the parser accepted the text; a lexer that disagrees adds nothing
        }
    }

    /**
     * Rewrites {@code list*.name} (which static compilation leaves to a dynamic {@code getPropertySpreadSafe}, refused)
     * into {@code list?.collect { e -> e?.name }}: the same values, with the property resolved against the element
     * type when compiling, so that the policy checks the getter it really calls.
     */
    private static void spreadProperties(SourceUnit source, ClassNode classNode) {
        new org.codehaus.groovy.ast.ClassCodeExpressionTransformer() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public org.codehaus.groovy.ast.expr.Expression transform(org.codehaus.groovy.ast.expr.Expression e) {
                if (e instanceof org.codehaus.groovy.ast.expr.ClosureExpression) {
                    e.visit(this); // the transformer does not descend into closures by itself
                    return e;
                }
                if (e instanceof org.codehaus.groovy.ast.expr.PropertyExpression
                        && !(e instanceof org.codehaus.groovy.ast.expr.AttributeExpression)
                        && ((org.codehaus.groovy.ast.expr.PropertyExpression) e).isSpreadSafe()) {
                    var pe = (org.codehaus.groovy.ast.expr.PropertyExpression) e;
                    var receiver = transform(pe.getObjectExpression());
                    Parameter el = new Parameter(ClassHelper.dynamicType(), "spread$element");
                    var get = new org.codehaus.groovy.ast.expr.PropertyExpression(
                            new org.codehaus.groovy.ast.expr.VariableExpression(el), pe.getProperty(), true);
                    get.setSourcePosition(pe);
                    var body = new org.codehaus.groovy.ast.stmt.ExpressionStatement(get);
                    body.setSourcePosition(pe);
                    var closure = new ClosureExpression(new Parameter[] {el}, body);
                    closure.setSourcePosition(pe);
                    var call = new org.codehaus.groovy.ast.expr.MethodCallExpression(receiver, "collect",
                            new org.codehaus.groovy.ast.expr.ArgumentListExpression(closure));
                    call.setSafe(true);
                    call.setSourcePosition(pe);
                    return call;
                }
                return super.transform(e);
            }
        }.visitClass(classNode);
    }

    private static String tooLarge(String what, int n) {
        return String.format(java.util.Locale.ROOT, "a %s literal of %,d elements is too large for a sandboxed recipe "
                + "(at most %,d); put the data in a CSV file and read it with loadCsv", what, n, MAX_LITERAL);
    }

    /** Refuses the annotations written on {@code node} (those the compiler configuration adds have no line). */
    private static void annotations(SourceUnit source, AnnotatedNode node) {
        for (AnnotationNode a : node.getAnnotations()) {
            refuse(source, a, node);
        }
    }

    /** Refuses type annotations on {@code type} and its type arguments ({@code (@A String) x}, {@code List<@A X>}). */
    private static void types(SourceUnit source, ClassNode type, ASTNode at) {
        if (type == null) {
            return;
        }
        for (AnnotationNode a : type.getTypeAnnotations()) {
            refuse(source, a, at);
        }
        GenericsType[] generics = type.getGenericsTypes();
        if (generics != null) {
            for (GenericsType g : generics) {
                if (g.getType() != null && g.getType() != type) {
                    types(source, g.getType(), at);
                }
            }
        }
    }

    private static void refuse(SourceUnit source, AnnotationNode a, ASTNode at) {
        if (a.getLineNumber() < 1 && at instanceof ClassNode) {
            return; // added to the script class by the compiler configuration, not written in the recipe
        }
        error(source, a.getLineNumber() > 0 ? a : at, "annotations (@" + a.getClassNode().getNameWithoutPackage()
                + ") are not allowed in sandboxed recipes");
    }

    private static void error(SourceUnit source, ASTNode node, String message) {
        source.getErrorCollector().addErrorAndContinue(new SyntaxException(message, node.getLineNumber(),
                node.getColumnNumber()), source);
    }
}
