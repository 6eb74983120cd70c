package dev.grpcboundary.boundary;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.VarSymbol;

/**
 * What a class's initialization does to its static fields. Statics are never serialized: on a
 * worker JVM a static holds what that JVM's class initialization (or code running there) put in it,
 * not what the driver assigned.
 *
 * <p>Only classes compiled in this compilation can be inspected; for classes from jars every answer
 * is the conservative "unknown", which callers treat as "no finding".
 */
public final class StaticInitialization {
  private StaticInitialization() {}

  /**
   * Whether {@code field} is left unset by its class's initialization: it has no initializer and no
   * {@code static {}} block assigns it, so in a fresh JVM it is null until someone sets it.
   */
  public static boolean isLeftUnsetByClassInit(VarSymbol field, VisitorState state) {
    JavacTrees trees = JavacTrees.instance(state.context);
    Tree owner = trees.getTree(field.enclClass());
    if (!(trees.getTree(field) instanceof VariableTree declaration) || owner == null) {
      return false;
    }
    if (declaration.getInitializer() != null) {
      return false;
    }
    for (Tree member : ((ClassTree) owner).getMembers()) {
      if (member instanceof BlockTree block
          && block.isStatic()
          && Assignments.assigns(block, field)) {
        return false;
      }
    }
    return true;
  }
}
