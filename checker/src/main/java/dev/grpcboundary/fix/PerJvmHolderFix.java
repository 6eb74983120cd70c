package dev.grpcboundary.fix;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.lang.model.element.ElementKind;

/**
 * Moves a client that a shipped lambda captures from a local variable into a per-JVM holder: a
 * private static nested class whose static initializer creates the client. The lambda reads the
 * holder instead of capturing the local, so nothing but the lambda's other captures is shipped, and
 * each JVM that runs the lambda creates its own client on first use (the JVM initializes a class
 * exactly once, thread-safely, on first access) and shares it between its threads.
 *
 * <p>Offered only when the rewrite is unambiguous and self-contained:
 *
 * <ul>
 *   <li>the local is declared with an initializer that needs nothing from the method or the
 *       instance (only static members, constants and types), so it can run in a static context on
 *       any JVM;
 *   <li>every use of the local is inside this one lambda, so the declaration can go (otherwise the
 *       driver would keep an unused, unclosed client, or two fixes would each add a holder);
 *   <li>the enclosing class is a named class that may declare a nested class of the holder's name.
 * </ul>
 */
public final class PerJvmHolderFix {
  private PerJvmHolderFix() {}

  public static Optional<SuggestedFix> forCapturedLocal(
      VarSymbol local, Tree lambda, VisitorState state) {
    if (local.getKind() != ElementKind.LOCAL_VARIABLE) {
      return Optional.empty();
    }
    TreePath methodPath =
        ASTHelpers.findPathFromEnclosingNodeToTopLevel(state.getPath(), MethodTree.class);
    TreePath classPath =
        methodPath == null
            ? null
            : ASTHelpers.findPathFromEnclosingNodeToTopLevel(methodPath, ClassTree.class);
    if (classPath == null) {
      return Optional.empty();
    }
    MethodTree method = (MethodTree) methodPath.getLeaf();
    ClassTree ownerTree = (ClassTree) classPath.getLeaf();
    ClassSymbol owner = ASTHelpers.getSymbol(ownerTree);
    VariableTree declaration = declarationOf(local, method);
    if (owner == null
        || owner.isAnonymous()
        || owner.isDirectlyOrIndirectlyLocal()
        || owner.isInterface()
        || declaration == null
        || declaration.getInitializer() == null
        || state.getSourceForNode(declaration.getInitializer()) == null
        || !MovableExpression.canMove(declaration.getInitializer())) {
      return Optional.empty();
    }
    List<IdentifierTree> usesInLambda = new ArrayList<>();
    AtomicBoolean usedElsewhere = new AtomicBoolean();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (local.equals(ASTHelpers.getSymbol(tree))) {
          if (isWithin(getCurrentPath(), lambda)) {
            usesInLambda.add(tree);
          } else {
            usedElsewhere.set(true);
          }
        }
        return null;
      }
    }.scan(methodPath, null);
    String variableName = local.getSimpleName().toString();
    String holderName = CaseFormat.LOWER_CAMEL.to(CaseFormat.UPPER_CAMEL, variableName) + "Holder";
    if (usesInLambda.isEmpty()
        || usedElsewhere.get()
        || NestedClassNames.isTaken(owner, holderName)
        || declaresOtherLocalNamed(ownerTree, local)) {
      return Optional.empty();
    }
    String constantName = CaseFormat.LOWER_CAMEL.to(CaseFormat.UPPER_UNDERSCORE, variableName);

    SuggestedFix.Builder fix = SuggestedFix.builder();
    String typeName = SuggestedFixes.qualifyType(state, fix, local.type);
    String creation = state.getSourceForNode(declaration.getInitializer());
    ImmutableList<String> checked = checkedExceptions(declaration.getInitializer(), fix, state);
    Indentation indentation = Indentation.of(method, ownerTree, state);
    List<String> lines = new ArrayList<>();
    lines.add(
        "/** One {@code "
            + local.type.tsym.getSimpleName()
            + "} per JVM, created on first use in the JVM that uses it. */");
    lines.add("private static final class " + holderName + " {");
    if (checked.isEmpty()) {
      lines.add("\tstatic final " + typeName + " " + constantName + " = " + creation + ";");
    } else {
      lines.add("\tstatic final " + typeName + " " + constantName + " = create();");
      lines.add("");
      lines.add("\tprivate static " + typeName + " create() {");
      lines.add("\t\ttry {");
      lines.add("\t\t\treturn " + creation + ";");
      lines.add("\t\t} catch (" + String.join(" | ", checked) + " e) {");
      lines.add(
          "\t\t\tthrow new IllegalStateException(\"Cannot create " + variableName + "\", e);");
      lines.add("\t\t}");
      lines.add("\t}");
    }
    lines.add("}");
    StringBuilder holder = new StringBuilder("\n");
    for (String line : lines) {
      holder.append('\n');
      if (!line.isEmpty()) {
        holder.append(indentation.member()).append(line.replace("\t", indentation.unit()));
      }
    }
    deleteLines(declaration, fix, state);
    fix.postfixWith(method, holder.toString());
    for (IdentifierTree use : usesInLambda) {
      fix.replace(use, holderName + "." + constantName);
    }
    return Optional.of(fix.build());
  }

  /** The checked exceptions the initializer throws, most general first removed of subtypes. */
  private static ImmutableList<String> checkedExceptions(
      ExpressionTree initializer, SuggestedFix.Builder fix, VisitorState state) {
    List<Type> checked = new ArrayList<>();
    for (Type thrown : ASTHelpers.getThrownExceptions(initializer, state)) {
      if (ASTHelpers.isCheckedExceptionType(thrown, state)) {
        checked.add(thrown);
      }
    }
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (Type type : checked) {
      boolean coveredByAnother =
          checked.stream()
              .anyMatch(
                  other ->
                      other != type
                          && !ASTHelpers.isSameType(other, type, state)
                          && ASTHelpers.isSubtype(type, other, state));
      if (!coveredByAnother) {
        names.add(SuggestedFixes.qualifyType(state, fix, type));
      }
    }
    return names.build();
  }

  /**
   * Another local of the same name elsewhere in the class could get the same fix, and two holders
   * of one name would not compile together: offer neither.
   */
  private static boolean declaresOtherLocalNamed(ClassTree ownerTree, VarSymbol local) {
    AtomicBoolean found = new AtomicBoolean();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        VarSymbol other = ASTHelpers.getSymbol(tree);
        if (other != null
            && !other.equals(local)
            && other.getKind() == ElementKind.LOCAL_VARIABLE
            && other.getSimpleName().equals(local.getSimpleName())) {
          found.set(true);
        }
        return super.visitVariable(tree, null);
      }
    }.scan(ownerTree, null);
    return found.get();
  }

  private static VariableTree declarationOf(VarSymbol local, MethodTree method) {
    VariableTree[] found = new VariableTree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (local.equals(ASTHelpers.getSymbol(tree))) {
          found[0] = tree;
          return null;
        }
        return super.visitVariable(tree, null);
      }
    }.scan(method.getBody(), null);
    return found[0];
  }

  /** Deletes a statement with its line when nothing else shares the line. */
  private static void deleteLines(Tree statement, SuggestedFix.Builder fix, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(statement);
    int end = state.getEndPosition(statement);
    if (source == null || start < 0 || end < start) {
      fix.delete(statement);
      return;
    }
    int lineStart = start;
    while (lineStart > 0
        && (source.charAt(lineStart - 1) == ' ' || source.charAt(lineStart - 1) == '\t')) {
      lineStart--;
    }
    int lineEnd = end;
    while (lineEnd < source.length()
        && (source.charAt(lineEnd) == ' ' || source.charAt(lineEnd) == '\t')) {
      lineEnd++;
    }
    boolean ownLine =
        (lineStart == 0 || source.charAt(lineStart - 1) == '\n')
            && lineEnd < source.length()
            && source.charAt(lineEnd) == '\n';
    if (ownLine) {
      fix.replace(lineStart, lineEnd + 1, "");
    } else {
      fix.delete(statement);
    }
  }

  private static boolean isWithin(TreePath path, Tree ancestor) {
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      if (current.getLeaf() == ancestor) {
        return true;
      }
    }
    return false;
  }
}
