package dev.grpcboundary.fix;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.grpcboundary.boundary.Assignments;
import dev.grpcboundary.client.ClientTypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Moves client construction out of a shipped object and into its per-worker lifecycle: a client
 * field of a Beam {@code DoFn} or a Flink rich function becomes {@code transient}, is built in
 * {@code @Setup} / {@code open()} (created if absent) and closed in {@code @Teardown} / {@code
 * close()}.
 *
 * <p>The fix is only offered when it is mechanical and safe: the field's initializer is
 * self-contained (no locals, parameters or instance state) and nothing else assigns the field. One
 * fix covers all such fields of a class, attached to the first one, so that applying every fix (as
 * Error Prone's patch mode does) adds one lifecycle method, not one per field.
 */
public final class LifecycleFix {
  private static final LifecycleFix NONE = new LifecycleFix(ImmutableList.of(), null);

  private final ImmutableList<VariableTree> fields;
  private final SuggestedFix fix;

  private LifecycleFix(ImmutableList<VariableTree> fields, SuggestedFix fix) {
    this.fields = fields;
    this.fix = fix;
  }

  /** The lifecycle fix for the client fields of {@code cls}, if it is a Beam or Flink function. */
  public static LifecycleFix forClass(
      ClassTree cls,
      Optional<Lifecycle> engineLifecycle,
      ClientTypeModel model,
      VisitorState state) {
    ClassSymbol symbol = ASTHelpers.getSymbol(cls);
    Optional<Lifecycle> lifecycle = engineLifecycle.filter(l -> l.appliesTo(symbol, state));
    if (lifecycle.isEmpty()) {
      return NONE;
    }
    ImmutableList<VariableTree> fields = fixableFields(cls, model, state);
    if (fields.isEmpty()) {
      return NONE;
    }
    return build(cls, lifecycle.get(), fields, model, state)
        .map(fix -> new LifecycleFix(fields, fix))
        .orElse(NONE);
  }

  /** The fix to attach to the finding on {@code field}: only the first fixable field gets one. */
  public Optional<SuggestedFix> fixFor(VarSymbol field) {
    if (fix == null || !ASTHelpers.getSymbol(fields.get(0)).equals(field)) {
      return Optional.empty();
    }
    return Optional.of(fix);
  }

  private static ImmutableList<VariableTree> fixableFields(
      ClassTree cls, ClientTypeModel model, VisitorState state) {
    ImmutableList.Builder<VariableTree> fields = ImmutableList.builder();
    for (Tree member : cls.getMembers()) {
      if (member instanceof VariableTree field
          && field.getInitializer() != null
          && state.getSourceForNode(field.getInitializer()) != null
          && state.getSourceForNode(field.getType()) != null
          && !field.getModifiers().getFlags().contains(Modifier.STATIC)
          && model.evidence(ASTHelpers.getType(field)).isPresent()
          && MovableExpression.canMove(field.getInitializer())
          && !Assignments.assigns(cls, ASTHelpers.getSymbol(field))) {
        fields.add(field);
      }
    }
    return fields.build();
  }

  private static Optional<SuggestedFix> build(
      ClassTree cls,
      Lifecycle lifecycle,
      ImmutableList<VariableTree> fields,
      ClientTypeModel model,
      VisitorState state) {
    Indentation indentation = Indentation.of(fields.get(0), cls, state);
    boolean setupThrows =
        fields.stream().anyMatch(f -> throwsCheckedException(f.getInitializer(), state));
    boolean teardownThrows = false;
    SuggestedFix.Builder fix = SuggestedFix.builder();
    List<String> assignments = new ArrayList<>();
    List<String> closings = new ArrayList<>();
    for (VariableTree field : fields) {
      fix.replace(field, transientDeclaration(field, state));
      assignments.add(
          field.getName() + " = " + state.getSourceForNode(field.getInitializer()) + ";");
      Optional<Release> release = Release.of(ASTHelpers.getType(field), model, state);
      if (release.isPresent()) {
        closings.addAll(release.get().statements(field.getName().toString()));
        teardownThrows |= release.get().throwsChecked();
      }
    }

    StringBuilder newMethods = new StringBuilder();
    MethodTree setup = lifecycle.findSetup(cls);
    if (setup == null) {
      if (lifecycle.setupNameTaken(cls)) {
        return Optional.empty();
      }
      newMethods.append(indentation.method(lifecycle.setupHeader(setupThrows), assignments));
      lifecycle.setupImport().ifPresent(fix::addImport);
    } else if (!appendTo(setup, cls, assignments, setupThrows, fix, state)) {
      return Optional.empty();
    }
    if (!closings.isEmpty()) {
      MethodTree teardown = lifecycle.findTeardown(cls);
      if (teardown == null) {
        if (lifecycle.teardownNameTaken(cls)) {
          return Optional.empty();
        }
        newMethods.append(indentation.method(lifecycle.teardownHeader(teardownThrows), closings));
      } else if (!appendTo(teardown, cls, closings, teardownThrows, fix, state)) {
        return Optional.empty();
      }
    }
    if (newMethods.length() > 0) {
      fix.postfixWith(fields.get(fields.size() - 1), newMethods.toString());
    }
    return Optional.of(fix.build());
  }

  /** Appends statements to an existing lifecycle method, widening its throws clause if needed. */
  private static boolean appendTo(
      MethodTree method,
      ClassTree cls,
      List<String> lines,
      boolean mayThrowChecked,
      SuggestedFix.Builder fix,
      VisitorState state) {
    if (method.getBody() == null) {
      return false;
    }
    if (mayThrowChecked && !declaresException(method)) {
      if (!method.getThrows().isEmpty()) {
        return false; // A narrower throws clause: rewriting it is not mechanical.
      }
      fix.prefixWith(method.getBody(), "throws Exception ");
    }
    Indentation indentation = Indentation.of(method, cls, state);
    // Inserted just before the closing brace, which is indented like the method itself.
    String body = indentation.bodyLines(lines).substring(indentation.member().length());
    int closingBrace = state.getEndPosition(method.getBody()) - 1;
    fix.replace(closingBrace, closingBrace, body + "\n" + indentation.member());
    return true;
  }

  private static boolean declaresException(MethodTree method) {
    for (ExpressionTree thrown : method.getThrows()) {
      Type type = ASTHelpers.getType(thrown);
      if (type != null) {
        String name = type.tsym.getQualifiedName().toString();
        if (name.equals("java.lang.Exception") || name.equals("java.lang.Throwable")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The field's declaration without initializer and {@code final}, with {@code transient}. */
  private static String transientDeclaration(VariableTree field, VisitorState state) {
    StringBuilder declaration = new StringBuilder();
    for (AnnotationTree annotation : field.getModifiers().getAnnotations()) {
      declaration.append(state.getSourceForNode(annotation)).append(' ');
    }
    Set<Modifier> modifiers = new TreeSet<>(field.getModifiers().getFlags());
    modifiers.remove(Modifier.FINAL);
    modifiers.add(Modifier.TRANSIENT);
    for (Modifier modifier : modifiers) {
      declaration.append(modifier).append(' ');
    }
    return declaration
        .append(state.getSourceForNode(field.getType()))
        .append(' ')
        .append(field.getName())
        .append(';')
        .toString();
  }

  /** Whether evaluating {@code expression} can throw a checked exception. */
  private static boolean throwsCheckedException(ExpressionTree expression, VisitorState state) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        check(ASTHelpers.getSymbol(tree));
        return super.visitMethodInvocation(tree, null);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        check(ASTHelpers.getSymbol(tree));
        return super.visitNewClass(tree, null);
      }

      private void check(MethodSymbol method) {
        found[0] |= method != null && Release.throwsChecked(method, state);
      }
    }.scan(expression, null);
    return found[0];
  }
}
