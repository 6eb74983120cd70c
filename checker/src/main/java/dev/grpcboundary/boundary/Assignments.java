package dev.grpcboundary.boundary;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;

/** Where a variable is written: the one question several rules and fixes ask of code. */
public final class Assignments {
  private Assignments() {}

  /** Whether {@code code} assigns {@code variable} ({@code =} or a compound assignment). */
  public static boolean assigns(Tree code, Symbol variable) {
    boolean[] assigned = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        assigned[0] |= variable.equals(ASTHelpers.getSymbol(tree.getVariable()));
        return super.visitAssignment(tree, null);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        assigned[0] |= variable.equals(ASTHelpers.getSymbol(tree.getVariable()));
        return super.visitCompoundAssignment(tree, null);
      }
    }.scan(code, null);
    return assigned[0];
  }
}
