package dev.grpcboundary.model;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.Optional;

/**
 * Where a transient field gets its value. Serialization skips it, so only code that runs on the
 * receiving side — a lifecycle method ({@code @Setup}, {@code open()}), {@code readObject}, or a
 * null-check-then-assign in any method — gives it a value there.
 */
public final class TransientFields {
  private TransientFields() {}

  /**
   * "at its declaration" or "in a constructor" when the field is set only where the object is
   * created and by no method of the class; empty otherwise.
   */
  public static Optional<String> setOnlyAtCreation(
      ClassTree cls, VariableTree field, VarSymbol symbol) {
    boolean inConstructor = false;
    for (Tree member : cls.getMembers()) {
      if (member instanceof MethodTree method && method.getBody() != null) {
        MethodSymbol methodSymbol = ASTHelpers.getSymbol(method);
        boolean assigns = StaticInitialization.assigns(method.getBody(), symbol);
        if (assigns && methodSymbol != null && methodSymbol.isConstructor()) {
          inConstructor = true;
        } else if (assigns) {
          return Optional.empty(); // Re-created by a method that runs on the receiving side.
        }
      } else if (member instanceof BlockTree block
          && !block.isStatic()
          && StaticInitialization.assigns(block, symbol)) {
        inConstructor = true;
      }
    }
    if (field.getInitializer() != null) {
      return Optional.of("at its declaration");
    }
    return inConstructor ? Optional.of("in a constructor") : Optional.empty();
  }
}
