package dev.grpcboundary.boundary;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;

/**
 * Where a symbol sits, found by walking its owners without trusting them to end in a package:
 * javac's own symbols for module and package declarations do not, and {@code packge()} or {@code
 * outermostClass()} would throw there, which Error Prone turns into a failed build.
 */
public final class Owners {
  private Owners() {}

  /** The package around {@code symbol}, or null when its owners do not end in one. */
  public static PackageSymbol packageOf(Symbol symbol) {
    for (Symbol current = symbol; current != null; current = current.owner) {
      if (current instanceof PackageSymbol pkg) {
        return pkg;
      }
    }
    return null;
  }

  /** The top-level class around {@code symbol}, or null when its owners do not end in a package. */
  public static ClassSymbol topLevelClass(Symbol symbol) {
    for (Symbol current = symbol; current != null; current = current.owner) {
      if (current.owner instanceof PackageSymbol) {
        return current instanceof ClassSymbol cls ? cls : null;
      }
    }
    return null;
  }
}
