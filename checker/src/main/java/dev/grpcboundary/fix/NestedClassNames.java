package dev.grpcboundary.fix;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;

/** Whether a fix may add a nested class of a given name without a clash or shadowing. */
final class NestedClassNames {
  private NestedClassNames() {}

  /**
   * True if {@code owner} or a class enclosing it has that name or a member of that name: a new
   * nested class would clash with the member or shadow the enclosing name.
   */
  static boolean isTaken(ClassSymbol owner, String name) {
    for (Symbol enclosing = owner; enclosing instanceof ClassSymbol; enclosing = enclosing.owner) {
      if (enclosing.getSimpleName().contentEquals(name)) {
        return true;
      }
      for (Symbol member : enclosing.getEnclosedElements()) {
        if (member.getSimpleName().contentEquals(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
