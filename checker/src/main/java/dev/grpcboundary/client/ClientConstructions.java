package dev.grpcboundary.client;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;

/**
 * Finds where a piece of code, when it runs, creates (or fetches) a gRPC client: calls and {@code
 * new} expressions whose type is a client. Code that is only defined there and runs later — lambda
 * bodies, method references, class bodies — is not looked into, so {@code Suppliers.memoize(() ->
 * Client.create())} creates nothing yet.
 *
 * <p>Only expressions of a client type count: an empty map that will later hold clients creates
 * none.
 */
public final class ClientConstructions {
  private ClientConstructions() {}

  /** The client-creating expressions that run when {@code code} runs, outermost first. */
  public static ImmutableList<ExpressionTree> in(Tree code, ClientTypeModel model) {
    ImmutableList.Builder<ExpressionTree> found = ImmutableList.builder();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (model.isClient(ASTHelpers.getType(tree))) {
          found.add(tree);
          return null;
        }
        return super.visitMethodInvocation(tree, null);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        if (model.isClient(ASTHelpers.getType(tree))) {
          found.add(tree);
          return null;
        }
        // Arguments run now; an anonymous class body runs later.
        scan(tree.getEnclosingExpression(), null);
        scan(tree.getArguments(), null);
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }
    }.scan(code, null);
    return found.build();
  }
}
