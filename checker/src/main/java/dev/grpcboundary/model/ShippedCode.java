package dev.grpcboundary.model;

import static com.google.errorprone.matchers.method.MethodMatchers.anyMethod;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.matchers.Matchers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.TypeSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.IntersectionClassType;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a process boundary is: code and objects that an engine serializes and runs or rebuilds in
 * another JVM. Threads, executors, {@code CompletableFuture} and parallel streams stay in one
 * process and are deliberately not boundaries.
 */
public final class ShippedCode {
  /** Methods that serialize their arguments, whatever engine they belong to. */
  private static final ImmutableList<GrpcBoundaryConfig.MethodName> BUILT_IN_SERIALIZING_METHODS =
      ImmutableList.of(
          new GrpcBoundaryConfig.MethodName("org.apache.spark.api.java.JavaSparkContext", "broadcast"),
          new GrpcBoundaryConfig.MethodName("org.apache.spark.SparkContext", "broadcast"),
          new GrpcBoundaryConfig.MethodName("java.io.ObjectOutputStream", "writeObject"),
          new GrpcBoundaryConfig.MethodName("java.io.ObjectOutputStream", "writeUnshared"),
          new GrpcBoundaryConfig.MethodName("org.apache.commons.lang3.SerializationUtils", "serialize"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "submit"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "execute"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "submitToMember"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "submitToKeyOwner"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "submitToMembers"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "submitToAllMembers"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "executeOnKeyOwner"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "executeOnMember"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "executeOnMembers"),
          new GrpcBoundaryConfig.MethodName("com.hazelcast.core.IExecutorService", "executeOnAllMembers"));

  private final Matcher<ExpressionTree> serializingMethod;
  /** The names of all serializing methods: most calls are ruled out by name alone, cheaply. */
  private final ImmutableSet<String> serializingMethodNames;
  /** The same names in the compilation's name table, compared without decoding each call's. */
  private final Context.Key<ImmutableSet<Name>> serializingMethodNamesInTable = new Context.Key<>();

  public ShippedCode(GrpcBoundaryConfig config) {
    ImmutableList.Builder<Matcher<ExpressionTree>> matchers = ImmutableList.builder();
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (GrpcBoundaryConfig.MethodName method :
        ImmutableList.<GrpcBoundaryConfig.MethodName>builder()
            .addAll(BUILT_IN_SERIALIZING_METHODS)
            .addAll(config.serializingMethods())
            .build()) {
      matchers.add(anyMethod().onDescendantOf(method.ownerType()).named(method.methodName()));
      names.add(method.methodName());
    }
    this.serializingMethod = Matchers.anyOf(matchers.build());
    this.serializingMethodNames = names.build();
  }

  /**
   * A construct that crosses a process boundary, and the engine that carries it across.
   * {@link #construct} is what crosses, e.g. "a lambda (`MapFunction`)" or "class `TranslateFn`";
   * {@link #isClass} says whether it is a class (its clause reads ", which ..." rather than " that
   * ...").
   */
  public static final class Boundary {
    private final boolean isClass;
    /** Worked out only when a finding is reported: most boundaries capture no client. */
    private final Supplier<Parts> parts;

    private record Parts(String construct, Framework framework) {}

    private Boundary(boolean isClass, Supplier<Parts> parts) {
      this.isClass = isClass;
      this.parts = Suppliers.memoize(parts);
    }

    public String construct() {
      return parts.get().construct();
    }

    public boolean isClass() {
      return isClass;
    }

    public Framework framework() {
      return parts.get().framework();
    }

    /** E.g. "a lambda (`Function`) that Spark serializes and ships to executors". */
    public String described() {
      return construct() + (isClass ? ", which " : " that ") + framework().shipping();
    }
  }

  /**
   * The boundary a lambda or method reference crosses: its target type is {@code Serializable}
   * (Spark, Beam and Flink functions, {@code (Supplier<T> & Serializable)} casts), or it is passed
   * straight to a serializing method.
   */
  public Optional<Boundary> ofFunctionalExpression(ExpressionTree tree, VisitorState state) {
    String kind = tree instanceof LambdaExpressionTree ? "a lambda" : "a method reference";
    Type target = ASTHelpers.getType(tree);
    if (target != null && isSerializable(target, state)) {
      return Optional.of(
          new Boundary(
              /* isClass= */ false,
              () -> {
                Framework framework = Framework.of(target, state.getTypes());
                String targetName = ClientTypeModel.displayName(state.getTypes().erasure(target));
                return new Boundary.Parts(
                    kind + " (" + framework.qualify(targetName) + ")", framework);
              }));
    }
    // Look through casts and parentheses: submit((Runnable) () -> ...) ships the lambda too.
    Tree argument = tree;
    TreePath path = state.getPath().getParentPath();
    while (path != null
        && (path.getLeaf() instanceof TypeCastTree || path.getLeaf() instanceof ParenthesizedTree)) {
      argument = path.getLeaf();
      path = path.getParentPath();
    }
    if (path != null
        && path.getLeaf() instanceof MethodInvocationTree call
        && call.getArguments().contains(argument)
        && isSerializingCall(call, state)) {
      return Optional.of(
          new Boundary(
              /* isClass= */ false,
              () ->
                  new Boundary.Parts(
                      kind + " passed to " + methodName(call), framework(call, state))));
    }
    return Optional.empty();
  }

  /**
   * The boundary a class crosses: it is {@code Serializable}. Exceptions, AWT/Swing components
   * and enums are Serializable by inheritance or by design, not because they are shipped, and are
   * left out.
   */
  public Optional<Boundary> ofClass(ClassSymbol symbol, VisitorState state) {
    if (symbol == null || !Decisions.of(state).shippedClass(symbol, state)) {
      return Optional.empty();
    }
    return Optional.of(
        new Boundary(
            /* isClass= */ true,
            () -> {
              Framework framework = Framework.of(symbol.type, state.getTypes());
              return new Boundary.Parts(describeClass(symbol, framework, state), framework);
            }));
  }

  private static boolean isShippedClass(ClassSymbol symbol, VisitorState state) {
    return !symbol.isEnum()
        && !symbol.isInterface()
        && isSerializable(symbol.type, state)
        && !isSubtypeOf(symbol.type, state.getSymtab().throwableType, state)
        && !isSubtypeOf(symbol.type, state.getTypeFromString("java.awt.Component"), state)
        && !isSubtypeOf(symbol.type, state.getTypeFromString("java.io.Externalizable"), state);
  }

  /**
   * The answers about classes of one compilation, each worked out once: the checks ask them of
   * every class, lambda and enclosing scope they look at. They live in the compilation's javac
   * {@link Context} and die with it.
   */
  private static final class Decisions {
    private static final Context.Key<Decisions> KEY = new Context.Key<>();

    private final Map<ClassSymbol, Boolean> shippedClasses = new HashMap<>();
    private final Map<TypeSymbol, Boolean> serializable = new HashMap<>();

    static Decisions of(VisitorState state) {
      Decisions decisions = state.context.get(KEY);
      if (decisions == null) {
        decisions = new Decisions();
        state.context.put(KEY, decisions);
      }
      return decisions;
    }

    boolean shippedClass(ClassSymbol symbol, VisitorState state) {
      Boolean shipped = shippedClasses.get(symbol);
      if (shipped == null) {
        shipped = isShippedClass(symbol, state);
        shippedClasses.put(symbol, shipped);
      }
      return shipped;
    }

    /** Serializability is a property of the class, whatever its type arguments. */
    boolean serializable(Type type, VisitorState state) {
      Boolean answer = serializable.get(type.tsym);
      if (answer == null) {
        answer = isSubtypeOf(type, state.getSymtab().serializableType, state);
        serializable.put(type.tsym, answer);
      }
      return answer;
    }
  }

  private static final String BEAM_DO_FN = "org.apache.beam.sdk.transforms.DoFn";

  /**
   * Function types whose methods (other than constructors) run on the receiving side: Beam DoFns,
   * CombineFns and functions, Flink functions, and (by package) Spark's Java functions and UDFs.
   */
  private static final ImmutableList<String> RECEIVING_SIDE_FUNCTIONS =
      ImmutableList.of(
          BEAM_DO_FN,
          "org.apache.beam.sdk.transforms.Combine.CombineFn",
          "org.apache.beam.sdk.transforms.ProcessFunction",
          "org.apache.flink.api.common.functions.Function");

  private static final ImmutableList<String> RECEIVING_SIDE_FUNCTION_PACKAGES =
      ImmutableList.of(
          "org.apache.spark.api.java.function.",
          "org.apache.spark.sql.api.java.",
          "org.apache.flink.api.common.functions.");

  private static boolean isReceivingSideFunction(String qualifiedName) {
    return RECEIVING_SIDE_FUNCTIONS.contains(qualifiedName)
        || RECEIVING_SIDE_FUNCTION_PACKAGES.stream().anyMatch(qualifiedName::startsWith);
  }

  /**
   * Whether the methods of the named class {@code symbol} run on the other side of the boundary,
   * because it implements an engine's function type. Other Serializable classes (a driver class
   * made Serializable, a Beam PTransform) run their methods where they are called.
   */
  public boolean runsOnReceivingSide(ClassSymbol symbol, VisitorState state) {
    try {
      for (Type supertype : state.getTypes().closure(symbol.type)) {
        if (isReceivingSideFunction(supertype.tsym.getQualifiedName().toString())) {
          return true;
        }
      }
    } catch (CompletionFailure missingSupertype) {
      return false;
    }
    return false;
  }

  /**
   * Whether {@code method} of a shipped class runs on the receiving side: a Beam DoFn lifecycle or
   * processing method, {@code readObject}/{@code readResolve}, or an override of a method that an
   * engine's function type declares (Flink's {@code open}, Spark's {@code call}, ...).
   */
  public boolean isReceivingSideMethod(MethodSymbol method, VisitorState state) {
    String name = method.getSimpleName().toString();
    if (name.equals("readObject") || name.equals("readResolve")) {
      return true;
    }
    for (Attribute.Compound annotation : method.getAnnotationMirrors()) {
      if (annotation.type.tsym.getQualifiedName().toString().startsWith(BEAM_DO_FN + ".")) {
        return true;
      }
    }
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
      if (isReceivingSideFunction(overridden.owner.getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code call} serializes its arguments (broadcasts, {@code writeObject}, flags). */
  public boolean isSerializingCall(MethodInvocationTree call, VisitorState state) {
    if (call.getArguments().isEmpty()) {
      return false; // Runs for every call in the code: a call without arguments serializes none.
    }
    Symbol method = ASTHelpers.getSymbol(call);
    return method != null
        && serializingMethodNames(state).contains(method.getSimpleName())
        && serializingMethod.matches(call, state);
  }

  private ImmutableSet<Name> serializingMethodNames(VisitorState state) {
    ImmutableSet<Name> names = state.context.get(serializingMethodNamesInTable);
    if (names == null) {
      names =
          serializingMethodNames.stream().map(state::getName).collect(ImmutableSet.toImmutableSet());
      state.context.put(serializingMethodNamesInTable, names);
    }
    return names;
  }

  /** The engine behind a serializing call, from the class that declares the method. */
  public static Framework framework(MethodInvocationTree call, VisitorState state) {
    Symbol method = ASTHelpers.getSymbol(call);
    return method == null ? Framework.JAVA_SERIALIZATION : Framework.of(method.owner.type, state.getTypes());
  }

  /** A readable name of the called method, e.g. {@code JavaSparkContext.broadcast}. */
  public static String methodName(MethodInvocationTree call) {
    Symbol method = ASTHelpers.getSymbol(call);
    return method == null
        ? "a serializing method"
        : "`" + method.owner.getSimpleName() + "." + method.getSimpleName() + "`";
  }

  /**
   * Whether the code at {@code state}'s path already runs inside shipped code (a shipped lambda or
   * anonymous/local class). Such code runs on the other side of the boundary: what it captures
   * was captured, and reported, by the outermost shipped construct.
   */
  public boolean isInsideShippedCode(VisitorState state) {
    for (TreePath path = state.getPath().getParentPath(); path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if ((leaf instanceof LambdaExpressionTree || leaf instanceof MemberReferenceTree)
          && ofFunctionalExpression((ExpressionTree) leaf, state.withPath(path)).isPresent()) {
        return true;
      }
      if (leaf instanceof ClassTree cls) {
        ClassSymbol symbol = ASTHelpers.getSymbol(cls);
        if (symbol != null
            && (symbol.isAnonymous() || symbol.isDirectlyOrIndirectlyLocal())
            && ofClass(symbol, state.withPath(path)).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describeClass(ClassSymbol symbol, Framework framework, VisitorState state) {
    if (symbol.isAnonymous()) {
      Type supertype = ClientTypeModel.namedSupertype(symbol);
      return "an anonymous "
          + framework.qualify(ClientTypeModel.displayName(state.getTypes().erasure(supertype)));
    }
    String kind =
        symbol.isDirectlyOrIndirectlyLocal()
            ? "local class"
            : symbol.hasOuterInstance() ? "inner class" : "class";
    return kind + " `" + symbol.getSimpleName() + "`";
  }

  private static boolean isSerializable(Type type, VisitorState state) {
    if (type instanceof IntersectionClassType intersection) {
      return intersection.getComponents().stream().anyMatch(c -> isSerializable(c, state));
    }
    // Runs for every lambda and class: decided once per class, against Symtab's own type.
    return type.tsym == null
        ? isSubtypeOf(type, state.getSymtab().serializableType, state)
        : Decisions.of(state).serializable(type, state);
  }

  /** Subtyping that treats a supertype javac cannot complete as "no". */
  private static boolean isSubtypeOf(Type type, Type supertype, VisitorState state) {
    try {
      return ASTHelpers.isSubtype(type, supertype, state);
    } catch (CompletionFailure missingSupertype) {
      return false;
    }
  }
}
