package dev.grpcboundary.fix;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.grpcboundary.client.ClientTypeModel;
import java.util.Optional;

/**
 * How a client is released when its worker is done: {@code close()} for clients that have it (GAX
 * clients, Pub/Sub, ...), {@code shutdown()} for channels. Objects that merely hold clients are
 * left to their owner.
 *
 * @param method the no-argument release method
 * @param throwsChecked whether it declares a checked exception
 */
record Release(String method, boolean throwsChecked) {

  static Optional<Release> of(Type type, ClientTypeModel model, VisitorState state) {
    if (type == null || !model.isClient(type)) {
      return Optional.empty();
    }
    for (String name : ImmutableList.of("close", "shutdown")) {
      MethodSymbol method = findNoArgMethod(type, name, state.getTypes());
      if (method != null) {
        return Optional.of(new Release(name, throwsChecked(method, state)));
      }
    }
    return Optional.empty();
  }

  /** The null-checked release, one line a statement, nested lines starting with a tab. */
  ImmutableList<String> statements(String field) {
    return ImmutableList.of(
        "if (" + field + " != null) {", "\t" + field + "." + method + "();", "}");
  }

  /** Whether calling {@code method} can throw a checked exception. */
  static boolean throwsChecked(MethodSymbol method, VisitorState state) {
    return method.getThrownTypes().stream()
        .anyMatch(thrown -> ASTHelpers.isCheckedExceptionType(thrown, state));
  }

  /** The most specific declaration of a public no-argument instance method {@code name}. */
  private static MethodSymbol findNoArgMethod(Type type, String name, Types types) {
    for (Type supertype : types.closure(type)) {
      for (Symbol member : supertype.tsym.getEnclosedElements()) {
        if (member instanceof MethodSymbol method
            && method.getSimpleName().contentEquals(name)
            && method.getParameters().isEmpty()
            && !method.isStatic()
            && method.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC)) {
          return method;
        }
      }
    }
    return null;
  }
}
