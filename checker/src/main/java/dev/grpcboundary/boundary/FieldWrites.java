package dev.grpcboundary.boundary;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Where a field of a shipped class gets its value: where the object is created (its declaration, a
 * constructor, an instance initializer), in methods that run on the receiving side ({@code @Setup},
 * {@code open()}, {@code readObject}, a function's own method, a helper that only those call, such
 * as a lazy getter), or in other methods.
 *
 * @param atDeclaration the field has an initializer
 * @param inConstructor a constructor assigns it (or, being final, the implicit one must)
 * @param inInitializerBlock an instance initializer block assigns it
 * @param onReceivingSide a receiving-side method assigns it
 * @param elsewhere some other method assigns it (a setter, which may run before shipping)
 * @param isPrivate the field is private, so no other class assigns it
 */
public record FieldWrites(
    boolean atDeclaration,
    boolean inConstructor,
    boolean inInitializerBlock,
    boolean onReceivingSide,
    boolean elsewhere,
    boolean isPrivate) {

  public static FieldWrites of(
      ClassTree cls,
      VariableTree field,
      VarSymbol symbol,
      ShippedCode shippedCode,
      VisitorState state) {
    boolean inConstructor = false;
    boolean inInitializerBlock = false;
    boolean onReceivingSide = false;
    boolean elsewhere = false;
    for (Tree member : cls.getMembers()) {
      if (member instanceof MethodTree method
          && method.getBody() != null
          && Assignments.assigns(method.getBody(), symbol)) {
        MethodSymbol methodSymbol = ASTHelpers.getSymbol(method);
        if (methodSymbol == null) {
          elsewhere = true;
        } else if (methodSymbol.isConstructor()) {
          inConstructor = true;
        } else if (shippedCode.isReceivingSideMethod(methodSymbol, state)
            || shippedCode.isHelperOfReceivingSide(method, state)) {
          onReceivingSide = true;
        } else {
          elsewhere = true;
        }
      } else if (member instanceof BlockTree block
          && !block.isStatic()
          && Assignments.assigns(block, symbol)) {
        inInitializerBlock = true;
      }
    }
    // A final field is definitely assigned at creation, even by a generated record constructor.
    inConstructor |=
        field.getInitializer() == null
            && !inInitializerBlock
            && (symbol.flags() & Flags.FINAL) != 0;
    return new FieldWrites(
        field.getInitializer() != null,
        inConstructor,
        inInitializerBlock,
        onReceivingSide,
        elsewhere,
        field.getModifiers().getFlags().contains(Modifier.PRIVATE));
  }

  /**
   * Whether the field may be set where the object is created: {@link #setAtCreation} without
   * looking at the class's other methods. False means it is not.
   */
  public static boolean maySetAtCreation(ClassTree cls, VariableTree field, VarSymbol symbol) {
    if (field.getInitializer() != null || (symbol.flags() & Flags.FINAL) != 0) {
      return true;
    }
    for (Tree member : cls.getMembers()) {
      Tree code =
          member instanceof MethodTree method && isConstructor(method)
              ? method.getBody()
              : member instanceof BlockTree block && !block.isStatic() ? block : null;
      if (code != null && Assignments.assigns(code, symbol)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConstructor(MethodTree method) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    return symbol != null && symbol.isConstructor();
  }

  /** Whether the field holds a value when the object is created (and so when it is shipped). */
  public boolean setAtCreation() {
    return atDeclaration || inConstructor || inInitializerBlock;
  }

  /**
   * Whether the field is still unset when the object is shipped: nothing sets it at creation or in
   * a method that may run before shipping, and it is set on the receiving side (or, being private,
   * never). A null field serializes fine, whatever its type.
   */
  public boolean unsetWhenShipped() {
    return !setAtCreation() && !elsewhere && (onReceivingSide || isPrivate);
  }

  /**
   * For a transient field: "at its declaration", "in a constructor" or "in an instance initializer
   * block" when it is set only where the object is created, so that it arrives as null; empty when
   * something sets it on the receiving side too.
   */
  public Optional<String> setOnlyAtCreation() {
    if (onReceivingSide || elsewhere || !setAtCreation()) {
      return Optional.empty();
    }
    return Optional.of(
        atDeclaration
            ? "at its declaration"
            : inConstructor ? "in a constructor" : "in an instance initializer block");
  }
}
