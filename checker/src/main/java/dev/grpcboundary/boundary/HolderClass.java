package dev.grpcboundary.boundary;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.grpcboundary.client.ClientTypeModel;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Recognizes the initialization-on-demand holder: a class whose only members are static client
 * fields, private helpers (methods or static blocks) that build them, compile-time constants and
 * private constructors (or only the implicit one). Nothing but a read of the client initializes
 * such a class, so a client in its static initializer is already lazy. Anything else — instance
 * members, {@code main}, public static API, a supertype — gives the class other reasons to be
 * initialized. An enum with a single constant and only instance state is the same idiom written as
 * an enum singleton.
 */
public final class HolderClass {
  private HolderClass() {}

  public static boolean isHolder(ClassTree tree, ClientTypeModel model) {
    ClassSymbol symbol = ASTHelpers.getSymbol(tree);
    if (symbol != null && symbol.isEnum()) {
      return isEnumHolder(tree, symbol, model);
    }
    if (symbol == null
        || symbol.isInterface()
        || symbol.isEnum()
        || symbol.isRecord()
        || !symbol.getInterfaces().isEmpty()
        || !symbol.getSuperclass().tsym.getQualifiedName().contentEquals("java.lang.Object")) {
      return false;
    }
    // The shape first, types second: most classes fail on shape, and it costs no type lookups.
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree field) {
        VarSymbol variable = ASTHelpers.getSymbol(field);
        if (variable == null || !variable.isStatic()) {
          return false;
        }
      } else if (member instanceof MethodTree method) {
        MethodSymbol methodSymbol = ASTHelpers.getSymbol(method);
        boolean allowed =
            methodSymbol != null
                && (ASTHelpers.isGeneratedConstructor(method)
                    || (method.getModifiers().getFlags().contains(Modifier.PRIVATE)
                        && (methodSymbol.isConstructor() || methodSymbol.isStatic())));
        if (!allowed) {
          return false;
        }
      } else if (!(member instanceof BlockTree block && block.isStatic())) {
        return false;
      }
    }
    boolean holdsClient = false;
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree field) {
        VarSymbol variable = ASTHelpers.getSymbol(field);
        if (model.evidence(variable.type).isPresent()) {
          holdsClient = true;
        } else if (variable.getConstValue() == null) {
          return false;
        }
      }
    }
    return holdsClient;
  }

  /**
   * The enum singleton as a holder: one constant without a body, and otherwise only instance
   * fields, constructors and private methods. Nothing but a use of the constant initializes the
   * enum, and the constant is only wanted for its clients.
   */
  private static boolean isEnumHolder(ClassTree tree, ClassSymbol symbol, ClientTypeModel model) {
    if (!symbol.getInterfaces().isEmpty()) {
      return false;
    }
    int constants = 0;
    boolean holdsClient = false;
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree field) {
        VarSymbol variable = ASTHelpers.getSymbol(field);
        if (variable == null) {
          return false;
        }
        if (variable.getKind() == ElementKind.ENUM_CONSTANT) {
          constants++;
          if (field.getInitializer() instanceof NewClassTree constant
              && constant.getClassBody() != null) {
            return false;
          }
        } else if (variable.isStatic()) {
          if (variable.getConstValue() == null) {
            return false;
          }
        } else {
          holdsClient |= model.evidence(variable.type).isPresent();
        }
      } else if (member instanceof MethodTree method) {
        MethodSymbol methodSymbol = ASTHelpers.getSymbol(method);
        if (methodSymbol == null
            || !(methodSymbol.isConstructor()
                || method.getModifiers().getFlags().contains(Modifier.PRIVATE))) {
          return false;
        }
      } else if (!(member instanceof BlockTree)) {
        return false;
      }
    }
    return constants == 1 && holdsClient;
  }
}
