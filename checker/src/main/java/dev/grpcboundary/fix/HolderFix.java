package dev.grpcboundary.fix;

import com.google.common.base.CaseFormat;
import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.grpcboundary.boundary.Assignments;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Turns an eagerly initialized private static client field into the initialization-on-demand holder
 * idiom: the field moves into a private static nested class, which the JVM initializes — creating
 * the client — on the first read, in the process that reads it.
 *
 * <p>Only private fields are rewritten: their uses are all in this file. The field must not be
 * assigned anywhere else.
 */
public final class HolderFix {
  private HolderFix() {}

  public static Optional<SuggestedFix> forField(
      VariableTree field, VarSymbol variable, ClassTree ownerTree, VisitorState state) {
    ClassSymbol owner = ASTHelpers.getSymbol(ownerTree);
    if (owner == null
        || !variable.isStatic()
        || !field.getModifiers().getFlags().contains(Modifier.PRIVATE)
        || owner.isInterface()
        || field.getInitializer() == null
        || state.getSourceForNode(field.getInitializer()) == null
        || state.getSourceForNode(field.getType()) == null
        || Assignments.assigns(state.getPath().getCompilationUnit(), variable)) {
      return Optional.empty();
    }
    String holderName =
        CaseFormat.LOWER_CAMEL.to(
                CaseFormat.UPPER_CAMEL, toLowerCamel(variable.getSimpleName().toString()))
            + "Holder";
    if (NestedClassNames.isTaken(owner, holderName)) {
      return Optional.empty();
    }
    Indentation indentation = Indentation.of(field, ownerTree, state);
    StringBuilder holder = new StringBuilder();
    holder.append("private static final class ").append(holderName).append(" {\n");
    holder.append(indentation.body());
    for (AnnotationTree annotation : field.getModifiers().getAnnotations()) {
      holder.append(state.getSourceForNode(annotation)).append(' ');
    }
    holder
        .append("static final ")
        .append(state.getSourceForNode(field.getType()))
        .append(' ')
        .append(field.getName())
        .append(" = ")
        .append(state.getSourceForNode(field.getInitializer()))
        .append(";\n")
        .append(indentation.member())
        .append('}');

    SuggestedFix.Builder fix = SuggestedFix.builder().replace(field, holder.toString());
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (variable.equals(ASTHelpers.getSymbol(tree))) {
          fix.replace(tree, holderName + "." + tree.getName());
        }
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        if (variable.equals(ASTHelpers.getSymbol(tree))) {
          fix.replace(
              tree,
              state.getSourceForNode(tree.getExpression())
                  + "."
                  + holderName
                  + "."
                  + tree.getIdentifier());
          return null;
        }
        return super.visitMemberSelect(tree, null);
      }

      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        // The declaration itself is replaced whole; only look into other declarations.
        return tree == field ? null : super.visitVariable(tree, null);
      }
    }.scan(state.getPath().getCompilationUnit(), null);
    return Optional.of(fix.build());
  }

  /** CLIENT, TRANSLATE_CLIENT and translateClient all become lower camel case. */
  private static String toLowerCamel(String name) {
    return name.equals(name.toUpperCase())
        ? CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, name)
        : name;
  }
}
