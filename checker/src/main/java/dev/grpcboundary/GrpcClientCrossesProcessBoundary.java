package dev.grpcboundary;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LambdaExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberReferenceTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberReferenceTree.ReferenceMode;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.grpcboundary.boundary.CallsFromShippedCode;
import dev.grpcboundary.boundary.Captures;
import dev.grpcboundary.boundary.CompilationIndex;
import dev.grpcboundary.boundary.DriverClass;
import dev.grpcboundary.boundary.FieldWrites;
import dev.grpcboundary.boundary.ShippedCode;
import dev.grpcboundary.boundary.ShippedCode.Boundary;
import dev.grpcboundary.boundary.StaticInitialization;
import dev.grpcboundary.client.ClientEvidence;
import dev.grpcboundary.client.ClientTypeModel;
import dev.grpcboundary.config.Documentation;
import dev.grpcboundary.config.FlagError;
import dev.grpcboundary.config.GrpcBoundaryConfig;
import dev.grpcboundary.engine.Engines;
import dev.grpcboundary.fix.LifecycleFix;
import dev.grpcboundary.fix.PerJvmHolderFix;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;

/**
 * Flags gRPC clients that code or objects take across a process boundary: captured by a lambda,
 * method reference or class that Spark, Beam, Flink or plain Java serialization ships to another
 * JVM, held in a field of a Serializable class, or passed to a serializing method.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "A gRPC client is captured by code or an object that is serialized to another process",
    severity = ERROR,
    linkType = CUSTOM,
    link = Documentation.BUG_PATTERNS + "GrpcClientCrossesProcessBoundary.md")
public final class GrpcClientCrossesProcessBoundary extends BugChecker
    implements LambdaExpressionTreeMatcher,
        MemberReferenceTreeMatcher,
        ClassTreeMatcher,
        MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final FlagError flagError;
  private final GrpcBoundaryConfig config;
  private final ShippedCode shippedCode;

  /** Instantiated reflectively by Error Prone, with no flags. */
  public GrpcClientCrossesProcessBoundary() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiated by Error Prone with the {@code -XepOpt:GrpcBoundary:*} flags. */
  @Inject
  public GrpcClientCrossesProcessBoundary(ErrorProneFlags flags) {
    this(flags, Engines.builtIn());
  }

  /** With other engines than the built-in ones: how a new engine is tried out in a test. */
  GrpcClientCrossesProcessBoundary(ErrorProneFlags flags, Engines engines) {
    this.flagError = FlagError.parse(flags);
    this.config = flagError.config();
    this.shippedCode = new ShippedCode(config, engines);
  }

  @Override
  public Description matchLambdaExpression(LambdaExpressionTree tree, VisitorState state) {
    return guarded(() -> checkLambdaExpression(tree, state));
  }

  private Description checkLambdaExpression(LambdaExpressionTree tree, VisitorState state) {
    Optional<Boundary> boundary = shippedCode.ofFunctionalExpression(tree, state);
    if (boundary.isEmpty() || shippedCode.isInsideReceivingSideCode(state)) {
      return Description.NO_MATCH;
    }
    Captures captures = Captures.ofLambda(tree, state);
    PendingFindings findings = new PendingFindings();
    reportCaptures(captures, boundary.get(), Optional.of(tree), findings, state);
    reportDriverOnlyStatics(() -> captures, boundary.get(), findings, state);
    findings.reportUnless(() -> isInReceivingSideHelper(state), state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMemberReference(MemberReferenceTree tree, VisitorState state) {
    return guarded(() -> checkMemberReference(tree, state));
  }

  private Description checkMemberReference(MemberReferenceTree tree, VisitorState state) {
    if (tree.getMode() != ReferenceMode.INVOKE || !isBoundReceiver(tree.getQualifierExpression())) {
      return Description.NO_MATCH;
    }
    Optional<Boundary> boundary = shippedCode.ofFunctionalExpression(tree, state);
    if (boundary.isEmpty() || shippedCode.isInsideReceivingSideCode(state)) {
      return Description.NO_MATCH;
    }
    ExpressionTree receiver = tree.getQualifierExpression();
    Optional<ClientEvidence> evidence = model(state).evidence(ASTHelpers.getType(receiver));
    if (evidence.isEmpty() || isInReceivingSideHelper(state)) {
      return Description.NO_MATCH;
    }
    return describe(
            receiver, Messages.boundReceiver(receiver, state, evidence.get(), boundary.get()))
        .build();
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    if (flagError.isPresent()) {
      return flagError.reportOnce(this, tree, state);
    }
    return IncompleteClasspath.orNoMatch(() -> checkClass(tree, state));
  }

  private Description checkClass(ClassTree tree, VisitorState state) {
    ClassSymbol symbol = ASTHelpers.getSymbol(tree);
    Optional<Boundary> boundary = shippedCode.ofClass(symbol, state);
    if (boundary.isEmpty()) {
      return Description.NO_MATCH;
    }
    // Built only if a field finding needs it: most shipped classes have none.
    Supplier<LifecycleFix> lifecycleFix =
        Suppliers.memoize(
            () ->
                LifecycleFix.forClass(
                    tree, boundary.get().engine().lifecycle(), model(state), state));
    // Asked only if a field finding needs it: it looks at the whole compilation.
    Supplier<Boolean> neverCrosses =
        Suppliers.memoize(() -> neverCrosses(symbol, boundary.get(), state));
    reportSerializedFields(tree, boundary.get(), lifecycleFix, neverCrosses, state);
    reportTransientFieldsSetOnlyAtCreation(tree, boundary.get(), lifecycleFix, neverCrosses, state);
    // What an anonymous, local or inner class captures is reported by the outermost shipped code
    // only: not when the class is created inside shipped code, which captured it already.
    boolean anonymousOrLocal = symbol.isAnonymous() || symbol.isDirectlyOrIndirectlyLocal();
    boolean capturing = anonymousOrLocal || symbol.hasOuterInstance();
    boolean mayBeOutermost = capturing && !shippedCode.isInsideReceivingSideCode(state);
    PendingFindings ifOutermost = new PendingFindings();
    if (mayBeOutermost
        && (anonymousOrLocal || enclosingInstancesReachClient(symbol, model(state)))) {
      reportClassCaptures(tree, symbol, boundary.get(), ifOutermost, state);
    }
    Supplier<Captures> workerCode = () -> Captures.ofWorkerMethods(tree, state);
    if (shippedCode.runsOnReceivingSide(symbol, state)) {
      reportDriverOnlyStatics(workerCode, boundary.get(), state::reportMatch, state);
    } else if (anonymousOrLocal && mayBeOutermost) {
      reportDriverOnlyStatics(workerCode, boundary.get(), ifOutermost, state);
    }
    ifOutermost.reportUnless(() -> isInReceivingSideHelper(state), state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return guarded(() -> checkMethodInvocation(tree, state));
  }

  private Description checkMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (!shippedCode.isSerializingCall(tree, state)) {
      return Description.NO_MATCH;
    }
    ClientTypeModel model = model(state);
    for (ExpressionTree argument : tree.getArguments()) {
      if (ASTHelpers.stripParentheses(argument) instanceof TypeCastTree cast
          ? isFunctional(cast.getExpression())
          : isFunctional(argument)) {
        continue; // Lambdas and method references: their captures are checked where matched.
      }
      Optional<ClientEvidence> evidence = model.evidence(ASTHelpers.getType(argument));
      if (evidence.isPresent()) {
        state.reportMatch(
            describe(
                    argument,
                    Messages.passedToSerializingCall(
                        argument,
                        state,
                        evidence.get(),
                        ShippedCode.methodName(tree),
                        shippedCode.engine(tree, state)))
                .build());
      }
    }
    return Description.NO_MATCH;
  }

  /** Non-transient client fields of a Serializable class are serialized with each instance. */
  private void reportSerializedFields(
      ClassTree tree,
      Boundary boundary,
      Supplier<LifecycleFix> lifecycleFix,
      Supplier<Boolean> neverCrosses,
      VisitorState state) {
    ClientTypeModel model = model(state);
    for (Tree member : tree.getMembers()) {
      if (!(member instanceof VariableTree field)) {
        continue;
      }
      VarSymbol symbol = ASTHelpers.getSymbol(field);
      if (symbol == null || symbol.isStatic() || Captures.isTransient(symbol)) {
        continue;
      }
      Optional<ClientEvidence> evidence = model.evidence(symbol.type);
      if (evidence.isEmpty()
          || !model.writesFields(ASTHelpers.getSymbol(tree))
          || FieldWrites.of(tree, field, symbol, shippedCode, state).unsetWhenShipped()
          || neverCrosses.get()) {
        continue;
      }
      Description.Builder description =
          describe(field, Messages.serializedField(symbol, evidence.get(), boundary));
      lifecycleFix.get().fixFor(symbol).ifPresent(description::addFix);
      state.reportMatch(description.build());
    }
  }

  /**
   * A transient client field set only where the object is created (at its declaration or in a
   * constructor) is skipped by serialization and not set again on the receiving side: it arrives as
   * null.
   */
  private void reportTransientFieldsSetOnlyAtCreation(
      ClassTree tree,
      Boundary boundary,
      Supplier<LifecycleFix> lifecycleFix,
      Supplier<Boolean> neverCrosses,
      VisitorState state) {
    ClientTypeModel model = model(state);
    for (Tree member : tree.getMembers()) {
      if (!(member instanceof VariableTree field)) {
        continue;
      }
      VarSymbol symbol = ASTHelpers.getSymbol(field);
      // Most transient fields are set on the receiving side only (in @Setup, open()), and only one
      // set at creation can arrive as null: that is cheaper to rule out than the field's type.
      if (symbol == null
          || symbol.isStatic()
          || !Captures.isTransient(symbol)
          || !FieldWrites.maySetAtCreation(tree, field, symbol)) {
        continue;
      }
      Optional<ClientEvidence> evidence = model.evidence(symbol.type);
      if (evidence.isEmpty()) {
        continue;
      }
      Optional<String> setWhere =
          FieldWrites.of(tree, field, symbol, shippedCode, state).setOnlyAtCreation();
      if (setWhere.isEmpty() || neverCrosses.get()) {
        continue;
      }
      Description.Builder description =
          describe(
              field,
              Messages.transientSetOnlyAtCreation(
                  symbol, evidence.get(), boundary, setWhere.get()));
      lifecycleFix.get().fixFor(symbol).ifPresent(description::addFix);
      state.reportMatch(description.build());
    }
  }

  /**
   * Statics are not serialized. A static client that its class's initialization leaves unset (it is
   * assigned in {@code main} or a setup method on the driver) is null where shipped code reads it,
   * directly or through methods of this compilation that it calls, unless the shipped code sets it
   * itself or goes through an accessor that does.
   */
  private void reportDriverOnlyStatics(
      Supplier<Captures> shippedCodeCaptures,
      Boundary boundary,
      Consumer<Description> report,
      VisitorState state) {
    ClientTypeModel model = model(state);
    StaticInitialization initialization = StaticInitialization.of(state);
    // Only a static client that class initialization leaves unset can be null on a worker; most
    // compilations have none, and then neither the code nor its calls need looking into.
    if (!initialization.anyLeftUnsetHoldsClient(model)) {
      return;
    }
    Captures captures = shippedCodeCaptures.get();
    CallsFromShippedCode calls = CallsFromShippedCode.follow(captures.calls(), state);
    // Most statics a shipped lambda reads are constants: the cached client test goes first, the
    // declaration lookups of setOnlyOnDriver only for client fields.
    for (Map.Entry<VarSymbol, Tree> read : captures.staticReads().entrySet()) {
      VarSymbol field = read.getKey();
      Optional<ClientEvidence> evidence = model.evidence(field.type);
      if (evidence.isPresent() && setOnlyOnDriver(field, captures, calls, initialization)) {
        report.accept(
            describe(read.getValue(), Messages.driverOnlyStatic(field, evidence.get(), boundary))
                .build());
      }
    }
    for (CallsFromShippedCode.StaticRead read : calls.staticReads()) {
      VarSymbol field = read.field();
      if (captures.staticReads().containsKey(field)) {
        continue; // Read directly too, and reported there.
      }
      Optional<ClientEvidence> evidence = model.evidence(field.type);
      if (evidence.isPresent() && setOnlyOnDriver(field, captures, calls, initialization)) {
        report.accept(
            describe(
                    read.call(),
                    Messages.driverOnlyStaticThroughCalls(
                        field,
                        evidence.get(),
                        read.route(),
                        CompilationIndex.of(state).staticWriters(field),
                        boundary))
                .build());
      }
    }
  }

  /** Whether nothing but code on the driver gives the static {@code field} a value. */
  private static boolean setOnlyOnDriver(
      VarSymbol field,
      Captures captures,
      CallsFromShippedCode calls,
      StaticInitialization initialization) {
    return !captures.staticWrites().contains(field)
        && !calls.mayAssign(field)
        && initialization.isLeftUnset(field);
  }

  /**
   * Whether the instances of the Serializable class {@code cls} stay in the process that creates
   * them, though nothing in their type says so: they are all created on the receiving side, or
   * {@code cls} is a driver class made Serializable (no engine's type) that ships code but not
   * itself.
   */
  private boolean neverCrosses(ClassSymbol cls, Boundary boundary, VisitorState state) {
    return isOnlyBuiltOnReceivingSide(cls, state)
        || (boundary.engine() == shippedCode.engines().javaSerialization()
            && DriverClass.shipsCodeButNotItself(shippedCode, state));
  }

  /**
   * Whether every instance of {@code cls} that this compilation creates is created where it stays:
   * on the receiving side (in {@code mapPartitions}, {@code @Setup}, {@code open()}, a shipped
   * factory's {@code createWriter}), or by class initialization, once in each JVM (a per-JVM lazy
   * holder's field), since statics are never serialized. Such an object never crosses the boundary
   * by itself; shipped code or objects that take it along are reported where they do. False when
   * the compilation creates none, because then callers elsewhere do.
   */
  private boolean isOnlyBuiltOnReceivingSide(ClassSymbol cls, VisitorState state) {
    return CompilationIndex.of(state)
        .createsOnlyWhere(
            cls,
            path ->
                StaticInitialization.runsInClassInitialization(path)
                    || shippedCode.isOnReceivingSide(path, state));
  }

  /**
   * Whether a member inner class can take a client along with its enclosing instances: its body
   * reads their fields and calls their methods, and keeps the nearest one. When no enclosing class
   * reaches a client through its instance, nothing it captures is reported, and its body, often a
   * large one, is not scanned.
   */
  private static boolean enclosingInstancesReachClient(ClassSymbol inner, ClientTypeModel model) {
    for (Symbol owner = inner.owner; owner instanceof ClassSymbol outer; owner = outer.owner) {
      if (model.instanceReachesClient(outer)) {
        return true;
      }
    }
    return false;
  }

  private void reportClassCaptures(
      ClassTree tree,
      ClassSymbol symbol,
      Boundary boundary,
      Consumer<Description> report,
      VisitorState state) {
    Captures captures = Captures.ofClassBody(tree, state);
    reportCaptures(captures, boundary, Optional.empty(), report, state);
    // A serializable inner class keeps its outer instance (this$0) whether it uses it or not.
    if (symbol.hasOuterInstance()) {
      ClassSymbol outer = ASTHelpers.enclosingClass(symbol);
      boolean alreadyReported =
          captures.instances().stream().anyMatch(instance -> instance.type().equals(outer));
      if (outer != null && !alreadyReported) {
        Optional<ClientEvidence> evidence = model(state).evidence(outer.type);
        evidence.ifPresent(
            e ->
                report.accept(
                    describe(tree, Messages.keepsEnclosingInstance(boundary, outer, e)).build()));
      }
    }
  }

  /**
   * Reports captured client variables and instances. A local captured by a shipped {@code lambda}
   * may also get the per-JVM holder fix.
   */
  private void reportCaptures(
      Captures captures,
      Boundary boundary,
      Optional<LambdaExpressionTree> lambda,
      Consumer<Description> report,
      VisitorState state) {
    ClientTypeModel model = model(state);
    for (Captures.CapturedVariable captured : captures.variables()) {
      Optional<ClientEvidence> evidence = model.evidence(captured.variable().type);
      if (evidence.isEmpty()) {
        continue;
      }
      Description.Builder description =
          describe(
              captured.firstUse(),
              Messages.captured(captured.variable(), evidence.get(), boundary));
      lambda
          .flatMap(shipped -> PerJvmHolderFix.forCapturedLocal(captured.variable(), shipped, state))
          .ifPresent(description::addFix);
      report.accept(description.build());
    }
    for (Captures.CapturedInstance instance : captures.instances()) {
      reportCapturedInstance(instance, boundary, model, report, state);
    }
  }

  /**
   * Using {@code this} serializes the whole enclosing object. Report the first client field read
   * through it, or else the first use of an object that holds a client.
   */
  private void reportCapturedInstance(
      Captures.CapturedInstance instance,
      Boundary boundary,
      ClientTypeModel model,
      Consumer<Description> report,
      VisitorState state) {
    for (Map.Entry<VarSymbol, Tree> read : instance.fieldReads().entrySet()) {
      VarSymbol field = read.getKey();
      if (Captures.isTransient(field)) {
        continue;
      }
      Optional<ClientEvidence> evidence = model.evidence(field.type);
      if (evidence.isPresent()) {
        report.accept(
            describe(
                    read.getValue(),
                    Messages.fieldReadThroughThis(field, evidence.get(), instance.type(), boundary))
                .build());
        return;
      }
    }
    model
        .evidence(instance.type().type)
        .ifPresent(
            evidence ->
                report.accept(
                    describe(
                            instance.firstUse(),
                            Messages.usesThis(instance.type(), evidence, boundary))
                        .build()));
  }

  /**
   * Whether the code being checked sits in a helper method that only receiving-side code calls:
   * costly, so asked last, once something would be reported.
   */
  private boolean isInReceivingSideHelper(VisitorState state) {
    return shippedCode.isOnReceivingSide(state.getPath(), state);
  }

  /** Runs an analysis unless the flags were malformed, treating missing classes as no finding. */
  private Description guarded(Supplier<Description> analysis) {
    return flagError.isPresent() ? Description.NO_MATCH : IncompleteClasspath.orNoMatch(analysis);
  }

  private static boolean isFunctional(ExpressionTree tree) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(tree);
    return stripped instanceof LambdaExpressionTree || stripped instanceof MemberReferenceTree;
  }

  private static boolean isBoundReceiver(ExpressionTree qualifier) {
    Symbol symbol = ASTHelpers.getSymbol(qualifier);
    if (symbol == null) {
      return true; // An arbitrary expression, e.g. factory.create()::call, is evaluated and bound.
    }
    return !(symbol instanceof ClassSymbol)
        && symbol.getKind() != ElementKind.PACKAGE
        && !(qualifier instanceof IdentifierTree id && id.getName().contentEquals("super"));
  }

  private ClientTypeModel model(VisitorState state) {
    return ClientTypeModel.instance(state, config);
  }

  private Description.Builder describe(Tree tree, String message) {
    return buildDescription(tree).setMessage(Messages.pointingToDocumentation(message));
  }
}
