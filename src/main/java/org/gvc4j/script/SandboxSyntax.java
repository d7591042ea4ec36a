package org.gvc4j.script;

import java.util.List;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * The sandbox's syntax rules, applied right after parsing (before any AST transformation can run code at compile
 * time): no annotations anywhere (that rules out {@code @Grab}, {@code @ASTTest}, {@code @CompileDynamic},
 * {@code @Field}), no class, interface, enum or trait declarations, no method pointers or references.
 */
final class SandboxSyntax extends CompilationCustomizer {
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
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitAnnotations(AnnotatedNode node) {
                for (AnnotationNode a : node.getAnnotations()) {
                    if (a.getLineNumber() < 1) {
                        continue; // added by the compiler configuration (the base script class), not written in the recipe
                    }
                    error(source, a, "annotations (@" + a.getClassNode().getNameWithoutPackage()
                            + ") are not allowed in sandboxed recipes");
                }
                super.visitAnnotations(node);
            }

            @Override
            protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
                for (Parameter p : node.getParameters()) {
                    visitAnnotations(p);
                }
                super.visitConstructorOrMethod(node, isConstructor);
            }

            @Override
            public void visitMethodPointerExpression(MethodPointerExpression e) {
                error(source, e, "method pointers and references (.& and ::) are not allowed in sandboxed recipes");
                super.visitMethodPointerExpression(e);
            }
        }.visitClass(classNode);
    }

    private static void error(SourceUnit source, org.codehaus.groovy.ast.ASTNode node, String message) {
        source.getErrorCollector().addErrorAndContinue(new SyntaxException(message, node.getLineNumber(),
                node.getColumnNumber()), source);
    }
}
