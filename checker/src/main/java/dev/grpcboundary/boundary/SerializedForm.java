package dev.grpcboundary.boundary;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.util.Name;
import com.sun.tools.javac.util.Names;
import java.util.Set;

/**
 * Whether serialization writes a class's instance fields, which is what decides whether a client in
 * one of them crosses the boundary. It does not when the class writes its own form: {@code
 * Externalizable}, a {@code writeReplace()} proxy, or a {@code writeObject} that does not call
 * {@code defaultWriteObject()}. Enum constants are written by name.
 */
public final class SerializedForm {
  /** The calls with which a custom {@code writeObject} still writes the default fields. */
  private static final Set<String> DEFAULT_FIELD_WRITERS =
      Set.of("defaultWriteObject", "writeFields");

  private SerializedForm() {}

  /**
   * Whether serializing an instance of {@code symbol} writes its non-transient fields. Members are
   * looked up by name in each class's scope rather than listed: this runs for every Serializable
   * class of a compilation and for every class a client might hide in.
   */
  public static boolean writesFields(ClassSymbol symbol, Types types, JavacTrees trees) {
    if (symbol.isEnum()) {
      return false;
    }
    Names names = symbol.name.table.names;
    Name externalizable = names.fromString("java.io.Externalizable");
    for (Type current = symbol.type;
        current != null && current.tsym instanceof ClassSymbol cls;
        current = types.supertype(current)) {
      for (Type implemented : types.interfaces(current)) {
        if (implemented.tsym.getQualifiedName() == externalizable) {
          return false;
        }
      }
      for (Symbol member : cls.members().getSymbolsByName(names.writeReplace)) {
        if (member instanceof MethodSymbol method
            && !method.isStatic()
            && method.getParameters().isEmpty()) {
          return false;
        }
      }
    }
    for (Symbol member : symbol.members().getSymbolsByName(names.writeObject)) {
      if (member instanceof MethodSymbol method
          && !method.isStatic()
          && method.getParameters().size() == 1
          && !callsDefaultWriter(trees.getTree(method))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code body} writes the default fields; unknown (no source) counts as "no". */
  private static boolean callsDefaultWriter(Tree body) {
    if (body == null) {
      return false;
    }
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        Symbol called = ASTHelpers.getSymbol(tree);
        found[0] |=
            called != null && DEFAULT_FIELD_WRITERS.contains(called.getSimpleName().toString());
        return super.visitMethodInvocation(tree, null);
      }
    }.scan(body, null);
    return found[0];
  }
}
