package dev.grpcboundary.boundary;

import static com.google.errorprone.matchers.method.MethodMatchers.anyMethod;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
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
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symbol.TypeSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.IntersectionClassType;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import dev.grpcboundary.client.ClientTypeModel;
import dev.grpcboundary.config.GrpcBoundaryConfig;
import dev.grpcboundary.engine.Engine;
import dev.grpcboundary.engine.Engines;
import dev.grpcboundary.engine.MethodName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a process boundary is, and where code runs: code and objects that an engine serializes and
 * runs or rebuilds in another JVM (the receiving side), as opposed to code that runs in the process
 * that builds and submits the job (the driver). Threads, executors, {@code CompletableFuture} and
 * parallel streams stay in one process and are deliberately not boundaries. What each engine ships,
 * runs where, and serializes is declared in {@link Engines}.
 */
public final class ShippedCode {
  /**
   * {@code Externalizable} classes write their own form, whatever their fields. The types that are
   * Serializable but never shipped (AWT/Swing components, servlets, ...) are declared with the
   * engines, as their driver-side types.
   */
  private static final ImmutableSet<String> NEVER_SHIPPED_SUPERTYPES =
      ImmutableSet.of("java.io.Externalizable");

  private final Engines engines;

  /**
   * Per method name, whether a call of it serializes its arguments: most calls are ruled out by
   * their name alone, and a name's matcher tests only the owners that declare that name.
   */
  private final ImmutableMap<String, Matcher<ExpressionTree>> serializingMethods;

  /** Per method name, whether a call of it runs its function arguments in the driver. */
  private final ImmutableMap<String, Matcher<ExpressionTree>> driverCallbacks;

  /**
   * The answers of the compilation being checked. Error Prone creates the checks, and with them
   * this object, for each compilation, and hands every matcher the same context; the identity test
   * keeps a reused instance from answering for an earlier compilation.
   */
  private Decisions decisions;

  public ShippedCode(GrpcBoundaryConfig config, Engines engines) {
    this.engines = engines;
    this.serializingMethods =
        matchersByName(
            ImmutableList.<MethodName>builder()
                .addAll(engines.serializingMethods())
                .addAll(config.serializingMethods())
                .build());
    this.driverCallbacks = matchersByName(engines.driverCallbacks());
  }

  private static ImmutableMap<String, Matcher<ExpressionTree>> matchersByName(
      ImmutableList<MethodName> methods) {
    return methods.stream()
        .collect(
            ImmutableListMultimap.toImmutableListMultimap(
                MethodName::methodName,
                method ->
                    (Matcher<ExpressionTree>)
                        anyMethod().onDescendantOf(method.ownerType()).named(method.methodName())))
        .asMap()
        .entrySet()
        .stream()
        .collect(
            ImmutableMap.toImmutableMap(
                Map.Entry::getKey,
                entry -> Matchers.anyOf(ImmutableList.copyOf(entry.getValue()))));
  }

  public Engines engines() {
    return engines;
  }

  /**
   * A construct that crosses a process boundary, and the engine that carries it across: its {@link
   * #construct} is what crosses, e.g. "a lambda (Spark `Function`)" or "class `TranslateFn`";
   * {@link #isClass} says whether it is a class.
   */
  public static final class Boundary {
    private final boolean isClass;

    /** Worked out only when a finding is reported: most boundaries capture no client. */
    private final Supplier<Parts> parts;

    private record Parts(String construct, Engine engine) {}

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

    public Engine engine() {
      return parts.get().engine();
    }
  }

  /**
   * The boundary a lambda or method reference crosses: its target type is {@code Serializable}
   * (Spark, Beam and Flink functions, {@code (Supplier<T> & Serializable)} casts), or it is passed
   * straight to a serializing method. A function handed to a driver callback (Structured
   * Streaming's {@code foreachBatch}) runs where it is created and crosses nothing.
   */
  public Optional<Boundary> ofFunctionalExpression(ExpressionTree tree, VisitorState state) {
    String kind = tree instanceof LambdaExpressionTree ? "a lambda" : "a method reference";
    MethodInvocationTree call = enclosingCallOfArgument(tree, state);
    if (call != null && isDriverCallback(call, state)) {
      return Optional.empty();
    }
    Type target = ASTHelpers.getType(tree);
    if (target != null && isSerializable(target, state)) {
      return Optional.of(
          new Boundary(
              /* isClass= */ false,
              () -> {
                Engine engine = engines.of(target, state.getTypes());
                if (engine == engines.javaSerialization()
                    && call != null
                    && isSerializingCall(call, state)) {
                  // A plain `Callable & Serializable` handed to Hazelcast is shipped by Hazelcast.
                  engine = engine(call, state);
                }
                String targetName = ClientTypeModel.displayName(state.getTypes().erasure(target));
                return new Boundary.Parts(kind + " (" + engine.qualify(targetName) + ")", engine);
              }));
    }
    if (call != null && isSerializingCall(call, state)) {
      return Optional.of(
          new Boundary(
              /* isClass= */ false,
              () ->
                  new Boundary.Parts(
                      kind + " passed to " + methodName(call), engine(call, state))));
    }
    return Optional.empty();
  }

  /** The call that {@code tree} is an argument of, looking through casts and parentheses. */
  private static MethodInvocationTree enclosingCallOfArgument(Tree tree, VisitorState state) {
    Tree argument = tree;
    TreePath path = state.getPath().getParentPath();
    while (path != null
        && (path.getLeaf() instanceof TypeCastTree
            || path.getLeaf() instanceof ParenthesizedTree)) {
      argument = path.getLeaf();
      path = path.getParentPath();
    }
    return path != null
            && path.getLeaf() instanceof MethodInvocationTree call
            && call.getArguments().contains(argument)
        ? call
        : null;
  }

  /**
   * The boundary a class crosses: it is {@code Serializable}. Exceptions, AWT/Swing components,
   * enums and types that engines never ship (a Beam {@code PTransform}) are Serializable by
   * inheritance or by design, not because they are shipped, and are left out.
   */
  public Optional<Boundary> ofClass(ClassSymbol symbol, VisitorState state) {
    if (symbol == null) {
      return Optional.empty();
    }
    // A named class is asked once, where it is declared; anonymous and local classes again by
    // every piece of code inside them that asks where it runs.
    boolean shipped =
        symbol.isAnonymous() || symbol.isDirectlyOrIndirectlyLocal()
            ? decisions(state).shippedClass(symbol, this, state)
            : isShippedClass(symbol, state);
    if (!shipped) {
      return Optional.empty();
    }
    return Optional.of(
        new Boundary(
            /* isClass= */ true,
            () -> {
              Engine engine = engines.of(symbol.type, state.getTypes());
              return new Boundary.Parts(describeClass(symbol, engine, state), engine);
            }));
  }

  private boolean isShippedClass(ClassSymbol symbol, VisitorState state) {
    if (symbol.isEnum() || symbol.isInterface()) {
      return false;
    }
    Decisions.Roles roles = decisions(state).roles(symbol);
    return roles.serializable() && !roles.throwable() && roles.mayBeShipped();
  }

  /**
   * The answers about classes of one compilation, each worked out once: the checks ask them of
   * every class, lambda and enclosing scope they look at. They belong to the compilation's javac
   * {@link Context} and die with it.
   */
  private Decisions decisions(VisitorState state) {
    Decisions current = decisions;
    if (current == null || current.context != state.context) {
      current = new Decisions(state, engines, serializingMethods, driverCallbacks);
      decisions = current;
    }
    return current;
  }

  private static final class Decisions {
    final Context context;

    /** {@link ShippedCode}'s matchers keyed by the compilation's names: no name is decoded. */
    final MatchersByName serializingMethods;

    final MatchersByName driverCallbacks;

    private final Engines engines;
    private final Map<ClassSymbol, Boolean> shippedClasses = new HashMap<>();
    private final Map<MethodSymbol, Boolean> receivingSideMethods = new HashMap<>();

    /** Symtab's own, compared by identity with each supertype. */
    private final TypeSymbol serializableSymbol;

    private final TypeSymbol throwableSymbol;

    /**
     * The roles of each type and its supertypes. A supertype javac cannot complete adds nothing;
     * what the others say stands, which can only keep a class from being reported.
     */
    private final SupertypeFold<Roles> roles;

    private final Map<PackageSymbol, Boolean> packagesWithRoles = new HashMap<>();

    /** Helper methods whose every use is on the receiving side, by {@link #isOnReceivingSide}. */
    final Map<MethodSymbol, Boolean> onlyUsedOnReceivingSide = new HashMap<>();

    /**
     * @param serializable it is or implements {@code java.io.Serializable}
     * @param throwable it is or extends {@code Throwable}: exceptions travel with their own fields
     *     by design, and are not reported
     * @param neverShipped Serializable by inheritance or by design, never shipped: {@code
     *     Externalizable} (writes its own form), or an engine's driver-side type (AWT/Swing
     *     components and servlets are plain Java serialization's)
     * @param receivingSide an engine's function type, whose methods run on the receiving side
     * @param shipped a type the engine ships: a function type, or a factory whose methods it calls
     *     on the receiving side; it outweighs {@code neverShipped}
     */
    record Roles(
        boolean serializable,
        boolean throwable,
        boolean neverShipped,
        boolean receivingSide,
        boolean shipped) {
      static final Roles NONE = new Roles(false, false, false, false, false);
      static final Roles SERIALIZABLE = new Roles(true, false, false, false, false);
      static final Roles THROWABLE = new Roles(false, true, false, false, false);

      /** What an engine's declarations say of a type's name. */
      static Roles declared(boolean neverShipped, boolean receivingSide, boolean shipped) {
        return new Roles(false, false, neverShipped, receivingSide, shipped);
      }

      Roles or(Roles other) {
        return new Roles(
            serializable || other.serializable,
            throwable || other.throwable,
            neverShipped || other.neverShipped,
            receivingSide || other.receivingSide,
            shipped || other.shipped);
      }

      boolean mayBeShipped() {
        return shipped || !neverShipped;
      }
    }

    Decisions(
        VisitorState state,
        Engines engines,
        ImmutableMap<String, Matcher<ExpressionTree>> serializingMethods,
        ImmutableMap<String, Matcher<ExpressionTree>> driverCallbacks) {
      this.context = state.context;
      this.engines = engines;
      this.serializableSymbol = state.getSymtab().serializableType.tsym;
      this.throwableSymbol = state.getSymtab().throwableType.tsym;
      this.roles = new SupertypeFold<>(state.getTypes(), this::ownRoles, Roles::or, found -> found);
      this.serializingMethods = inTable(serializingMethods, state);
      this.driverCallbacks = inTable(driverCallbacks, state);
    }

    private static MatchersByName inTable(
        ImmutableMap<String, Matcher<ExpressionTree>> byName, VisitorState state) {
      Name[] names = new Name[byName.size()];
      List<Matcher<ExpressionTree>> matchers = new ArrayList<>();
      for (Map.Entry<String, Matcher<ExpressionTree>> entry : byName.entrySet()) {
        names[matchers.size()] = state.getName(entry.getKey());
        matchers.add(entry.getValue());
      }
      return new MatchersByName(names, matchers);
    }

    /**
     * Asked of every method around each shipped function and of every method assigning a field of a
     * shipped class; the override search behind it is costly.
     */
    boolean receivingSideMethod(MethodSymbol method, ShippedCode shippedCode, VisitorState state) {
      Boolean answer = receivingSideMethods.get(method);
      if (answer == null) {
        answer = shippedCode.decideReceivingSideMethod(method, state);
        receivingSideMethods.put(method, answer);
      }
      return answer;
    }

    boolean shippedClass(ClassSymbol symbol, ShippedCode shippedCode, VisitorState state) {
      Boolean shipped = shippedClasses.get(symbol);
      if (shipped == null) {
        shipped = shippedCode.isShippedClass(symbol, state);
        shippedClasses.put(symbol, shipped);
      }
      return shipped;
    }

    /** Decided once per package: reading each type's name costs more than the test itself. */
    private boolean mayHoldRoleTypes(PackageSymbol pkg) {
      Boolean answer = packagesWithRoles.get(pkg);
      if (answer == null) {
        answer =
            pkg == null
                || engines.mayHoldRoleTypes(
                    pkg.getQualifiedName().toString(), NEVER_SHIPPED_SUPERTYPES);
        packagesWithRoles.put(pkg, answer);
      }
      return answer;
    }

    Roles roles(TypeSymbol type) {
      return roles.of(type);
    }

    /** What {@code type}'s own identity and name say, without its supertypes. */
    private Roles ownRoles(TypeSymbol type) {
      Roles answer =
          type == serializableSymbol
              ? Roles.SERIALIZABLE
              : type == throwableSymbol ? Roles.THROWABLE : Roles.NONE;
      if (mayHoldRoleTypes(Owners.packageOf(type))) {
        String name = type.getQualifiedName().toString();
        answer =
            answer.or(
                Roles.declared(
                    NEVER_SHIPPED_SUPERTYPES.contains(name) || engines.isDriverSideType(name),
                    engines.isReceivingSideType(name),
                    engines.isShippedType(name)));
      }
      return answer;
    }

    /** Serializability is a property of the class, whatever its type arguments. */
    boolean serializable(Type type) {
      return roles(type.tsym).serializable();
    }
  }

  /**
   * Matchers by method name, for one compilation. Asked of every call in the code, so the name is
   * compared by identity, which javac's interned names allow, against the dozen or so names the
   * engines declare: cheaper than hashing it.
   */
  private static final class MatchersByName {
    private final Name[] names;
    private final List<Matcher<ExpressionTree>> matchers;

    MatchersByName(Name[] names, List<Matcher<ExpressionTree>> matchers) {
      this.names = names;
      this.matchers = matchers;
    }

    /** The matcher for methods named {@code name}, or null when no engine declares the name. */
    Matcher<ExpressionTree> get(Name name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i] == name) {
          return matchers.get(i);
        }
      }
      return null;
    }
  }

  /**
   * Whether the instance methods of the named class {@code symbol} run on the receiving side,
   * because it implements an engine's function type. Other Serializable classes (a driver class
   * made Serializable, a Beam PTransform) run their methods where they are called.
   */
  public boolean runsOnReceivingSide(ClassSymbol symbol, VisitorState state) {
    return decisions(state).roles(symbol).receivingSide();
  }

  /**
   * Whether {@code method} runs on the receiving side: {@code readObject}/{@code readResolve}, a
   * method with an engine's lifecycle annotation (Beam's {@code @Setup}, {@code @ProcessElement},
   * ...), an override of a method of an engine's function type (Flink's {@code open}, Spark's
   * {@code call}), or an override of a method the engine calls there (a shipped factory's {@code
   * createWriter}).
   */
  public boolean isReceivingSideMethod(MethodSymbol method, VisitorState state) {
    return decisions(state).receivingSideMethod(method, this, state);
  }

  private boolean decideReceivingSideMethod(MethodSymbol method, VisitorState state) {
    String name = method.getSimpleName().toString();
    if (name.equals("readObject") || name.equals("readResolve")) {
      return true;
    }
    for (Attribute.Compound annotation : method.getAnnotationMirrors()) {
      if (engines.isReceivingSideAnnotation(annotation.type.tsym.getQualifiedName().toString())) {
        return true;
      }
    }
    if (method.isStatic() || method.isConstructor()) {
      return false;
    }
    try {
      for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
        // A method of an engine's function type, declared there or by a subtype of it: Flink's
        // ProcessFunction.processElement and SinkFunction.invoke as much as MapFunction.map.
        if (overridden.owner instanceof ClassSymbol owner && runsOnReceivingSide(owner, state)) {
          return true;
        }
        if (engines.isReceivingSideMethod(overridden.owner.getQualifiedName().toString(), name)) {
          return true;
        }
      }
    } catch (CompletionFailure missingSupertype) {
      return false;
    }
    return false;
  }

  /** Whether {@code call} serializes its arguments (broadcasts, {@code writeObject}, flags). */
  public boolean isSerializingCall(MethodInvocationTree call, VisitorState state) {
    return matches(call, decisions(state).serializingMethods, state);
  }

  /** Whether {@code call} runs its function arguments in the submitting process. */
  private boolean isDriverCallback(MethodInvocationTree call, VisitorState state) {
    return matches(call, decisions(state).driverCallbacks, state);
  }

  /**
   * Runs for every call in the code: a call without arguments passes nothing anywhere, and the name
   * as written rules out the others before any symbol is looked at.
   */
  private static boolean matches(
      MethodInvocationTree call, MatchersByName byName, VisitorState state) {
    if (call.getArguments().isEmpty()) {
      return false;
    }
    Matcher<ExpressionTree> matcher = byName.get(calledName(call));
    return matcher != null && matcher.matches(call, state);
  }

  /** The method name a call is written with: {@code submit} in {@code executor.submit(task)}. */
  private static Name calledName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof JCFieldAccess access) {
      return access.name;
    }
    if (select instanceof JCIdent identifier) {
      return identifier.name;
    }
    Symbol method = ASTHelpers.getSymbol(call);
    return method == null ? null : method.getSimpleName();
  }

  /** The engine behind a serializing call, from the class that declares the method. */
  public Engine engine(MethodInvocationTree call, VisitorState state) {
    Symbol method = ASTHelpers.getSymbol(call);
    return method == null ? engines.ofName("") : engines.of(method.owner.type, state.getTypes());
  }

  /**
   * A readable name of the called method, e.g. {@code JavaSparkContext.broadcast}: named by the
   * type it is called on, so an inherited {@code submit} reads {@code IExecutorService.submit}.
   */
  public static String methodName(MethodInvocationTree call) {
    Symbol method = ASTHelpers.getSymbol(call);
    if (method == null) {
      return "a serializing method";
    }
    Type receiver = ASTHelpers.getReceiverType(call);
    Symbol owner = receiver != null && receiver.tsym != null ? receiver.tsym : method.owner;
    return "`" + owner.getSimpleName() + "." + method.getSimpleName() + "`";
  }

  /**
   * Whether the code at {@code state}'s path already runs on the receiving side: inside a shipped
   * lambda or anonymous/local class (what it captures was captured, and is reported, by the
   * outermost one), or in a method that the engine runs there ({@code @ProcessElement}, {@code
   * open()}, a shipped factory's {@code createReader}). A function created there is used there.
   *
   * <p>This is what the enclosing code shows. {@link #isOnReceivingSide(TreePath, VisitorState)}
   * also follows the callers of helper methods, which costs a scan of their files: ask it only when
   * a finding is about to be reported.
   */
  public boolean isInsideReceivingSideCode(VisitorState state) {
    return isOnReceivingSide(state.getPath(), state, MAX_HELPER_DEPTH);
  }

  /**
   * Whether the code at {@code start} runs on the receiving side: as {@link
   * #isInsideReceivingSideCode}, or inside a method that only this compilation can call and that it
   * calls only on the receiving side (a package-private {@code getSubscriberFactory()} that only
   * {@code createReader} calls), up to {@value #MAX_HELPER_DEPTH} helpers deep.
   */
  public boolean isOnReceivingSide(TreePath start, VisitorState state) {
    return isOnReceivingSide(start, state, MAX_HELPER_DEPTH) || isOnReceivingSide(start, state, 0);
  }

  /**
   * @param helpers how many helper methods deep the walk already is; at {@link #MAX_HELPER_DEPTH}
   *     helpers are not followed
   */
  private boolean isOnReceivingSide(TreePath start, VisitorState state, int helpers) {
    for (TreePath path = start.getParentPath(); path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if ((leaf instanceof LambdaExpressionTree || leaf instanceof MemberReferenceTree)
          && ofFunctionalExpression((ExpressionTree) leaf, state.withPath(path)).isPresent()) {
        return true;
      }
      if (leaf instanceof MethodTree method
          && (runsOnReceivingSide(method, state)
              || isOnlyUsedOnReceivingSide(method, state, helpers))) {
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

  /**
   * Whether {@code method} is a helper that only this compilation can call and that it calls only
   * on the receiving side: a private lazy getter that only {@code @ProcessElement} calls.
   */
  public boolean isHelperOfReceivingSide(MethodTree method, VisitorState state) {
    return isOnlyUsedOnReceivingSide(method, state, 0);
  }

  /** How many helper methods deep {@link #isOnReceivingSide} follows uses. */
  private static final int MAX_HELPER_DEPTH = 2;

  /**
   * Whether {@code method} can only be called from this compilation, is called, and every use of it
   * is on the receiving side.
   */
  private boolean isOnlyUsedOnReceivingSide(MethodTree method, VisitorState state, int helpers) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    if (symbol == null || helpers >= MAX_HELPER_DEPTH) {
      return false;
    }
    // Asked for every shipped function in the method: decided once, with the full depth.
    Map<MethodSymbol, Boolean> decided = decisions(state).onlyUsedOnReceivingSide;
    Boolean cached = helpers == 0 ? decided.get(symbol) : null;
    if (cached != null) {
      return cached;
    }
    boolean answer =
        CompilationIndex.of(state)
            .usesOnlyWhere(symbol, use -> isOnReceivingSide(use, state, helpers + 1));
    if (helpers == 0) {
      decided.put(symbol, answer);
    }
    return answer;
  }

  private boolean runsOnReceivingSide(MethodTree method, VisitorState state) {
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    return symbol != null
        && (isReceivingSideMethod(symbol, state)
            || (!symbol.isStatic()
                && !symbol.isConstructor()
                && symbol.owner instanceof ClassSymbol owner
                && runsOnReceivingSide(owner, state)));
  }

  private static String describeClass(ClassSymbol symbol, Engine engine, VisitorState state) {
    if (symbol.isAnonymous()) {
      Type supertype = ClientTypeModel.namedSupertype(symbol);
      return "an anonymous "
          + engine.qualify(ClientTypeModel.displayName(state.getTypes().erasure(supertype)));
    }
    String kind =
        symbol.isDirectlyOrIndirectlyLocal()
            ? "local class"
            : symbol.hasOuterInstance() ? "inner class" : "class";
    return kind + " `" + symbol.getSimpleName() + "`";
  }

  private boolean isSerializable(Type type, VisitorState state) {
    if (type instanceof IntersectionClassType intersection) {
      return intersection.getComponents().stream().anyMatch(c -> isSerializable(c, state));
    }
    // Runs for every lambda and class: decided once per class, against Symtab's own type.
    return type.tsym instanceof ClassSymbol
        ? decisions(state).serializable(type)
        : isSubtypeOf(type, state.getSymtab().serializableType, state);
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
