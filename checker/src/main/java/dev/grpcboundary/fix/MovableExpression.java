package dev.grpcboundary.fix;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;

/**
 * The one rule every fix asks before it moves an expression somewhere else in the class (into a
 * lifecycle method, a holder class): the expression must mean the same there. It may use only
 * static members, types and constants: no {@code this} or {@code super}, no instance field or
 * method, no local variable or parameter, no anonymous class or inner-class instance (they keep an
 * enclosing instance), no lambda (its captures would need an analysis of their own), and nothing
 * javac could not resolve.
 */
final class MovableExpression {
  private MovableExpression() {}

  static boolean canMove(ExpressionTree expression) {
    boolean[] movable = {true};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        Symbol symbol = ASTHelpers.getSymbol(tree);
        if (symbol == null
            || tree.getName().contentEquals("this")
            || tree.getName().contentEquals("super")
            || (symbol instanceof VarSymbol variable && !variable.isStatic())
            || (symbol instanceof MethodSymbol method && !method.isStatic())) {
          movable[0] = false;
        }
        return null;
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        MethodSymbol constructor = ASTHelpers.getSymbol(tree);
        if (tree.getClassBody() != null
            || constructor == null
            || constructor.owner.hasOuterInstance()) {
          movable[0] = false;
        }
        return super.visitNewClass(tree, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        movable[0] = false;
        return null;
      }
    }.scan(expression, null);
    return movable[0];
  }
}
