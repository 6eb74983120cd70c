package dev.grpcboundary.boundary;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import javax.lang.model.element.Name;

/**
 * Recognizes the driver class made Serializable: the usual answer to Spark's {@code Task not
 * serializable} is to make the class that builds the job Serializable, and it stays so after its
 * closures stop using {@code this}. Such a class builds shipped code itself; it crosses a boundary
 * only when that code takes its {@code this} along (reported where it does), never on its own.
 */
public final class DriverClass {
  private DriverClass() {}

  /**
   * Whether the class at {@code state}'s path builds shipped code (a shipped lambda, method
   * reference or class, or a serializing call) and none of it takes the class's own instance along.
   * A class that ships nothing is not known to be a driver: false.
   */
  public static boolean shipsCodeButNotItself(ShippedCode shippedCode, VisitorState state) {
    if (!(state.getPath().getLeaf() instanceof ClassTree tree)) {
      return false;
    }
    ClassSymbol self = ASTHelpers.getSymbol(tree);
    if (self == null) {
      return false;
    }
    Scanner scanner = new Scanner(self, shippedCode, state);
    scanner.scan(state.getPath(), null);
    return scanner.shipsCode && !scanner.takesSelf;
  }

  /**
   * Looks at every boundary in the class's body, nested classes included; stops at the first that
   * takes the instance along.
   */
  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final ClassSymbol self;
    private final ShippedCode shippedCode;
    private final VisitorState state;
    boolean shipsCode;
    boolean takesSelf;

    Scanner(ClassSymbol self, ShippedCode shippedCode, VisitorState state) {
      this.self = self;
      this.shippedCode = shippedCode;
      this.state = state;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      return takesSelf ? null : super.scan(tree, unused);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      VisitorState here = state.withPath(getCurrentPath());
      if (shippedCode.ofFunctionalExpression(tree, here).isPresent()) {
        shipsCode = true;
        takesSelf |=
            Captures.ofLambda(tree, here).instances().stream()
                .anyMatch(instance -> instance.type().equals(self));
      }
      return super.visitLambdaExpression(tree, unused);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      if (shippedCode.ofFunctionalExpression(tree, state.withPath(getCurrentPath())).isPresent()) {
        shipsCode = true;
        takesSelf |= isInstanceItself(tree.getQualifierExpression());
      }
      return super.visitMemberReference(tree, unused);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      ClassSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol != null
          && !symbol.equals(self)
          && shippedCode.ofClass(symbol, state.withPath(getCurrentPath())).isPresent()) {
        shipsCode = true;
        // A Serializable inner or anonymous class keeps its enclosing instance, used or not.
        takesSelf |= symbol.hasOuterInstance();
      }
      return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      if (shippedCode.isSerializingCall(tree, state.withPath(getCurrentPath()))) {
        shipsCode = true;
        takesSelf |= tree.getArguments().stream().anyMatch(Scanner::isInstanceItself);
      }
      return super.visitMethodInvocation(tree, unused);
    }

    /**
     * Whether {@code expression} is an instance itself ({@code this}, {@code super}, {@code
     * Outer.this}). Other receivers and arguments are evaluated on the driver, and only their value
     * is shipped.
     */
    private static boolean isInstanceItself(ExpressionTree expression) {
      ExpressionTree stripped = ASTHelpers.stripParentheses(expression);
      Name name =
          stripped instanceof IdentifierTree id
              ? id.getName()
              : stripped instanceof MemberSelectTree select ? select.getIdentifier() : null;
      return name != null && (name.contentEquals("this") || name.contentEquals("super"));
    }
  }
}
