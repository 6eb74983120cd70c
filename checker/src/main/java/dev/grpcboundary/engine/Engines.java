package dev.grpcboundary.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.IntersectionClassType;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engines the checks know, and the questions the checks ask of all of them at once: which
 * engine a type belongs to, which types and methods run on the receiving side, which callbacks run
 * on the driver, which methods serialize their arguments.
 *
 * <p>Answers never depend on the order engines are declared in: a type belongs to the engine with
 * the longest matching package prefix ({@code com.hazelcast.jet.} beats {@code com.hazelcast.}),
 * and every other question is a union over all engines.
 */
public final class Engines {
  static final String SHIP_CONFIGURATION =
      "Ship configuration instead (endpoint and project strings, or `ServiceOptions`, which are"
          + " Serializable) and build the client lazily in the receiving process";

  private static final Engines BUILT_IN =
      new Engines(
          ImmutableList.of(Spark.ENGINE, Beam.ENGINE, Flink.ENGINE, Hazelcast.ENGINE),
          JavaSerialization.ENGINE);

  private record Prefix(String prefix, Engine engine) {}

  private final ImmutableList<Engine> engines;
  private final Engine fallback;

  /** Longest prefix first, so that the first match is the most specific one. */
  private final ImmutableList<Prefix> prefixes;

  private final ImmutableSet<String> receivingSideTypes;
  private final ImmutableList<String> receivingSidePackages;
  private final ImmutableList<String> receivingSideAnnotations;
  private final ImmutableList<MethodName> receivingSideMethods;
  private final ImmutableSet<String> receivingSideMethodNames;

  /** The types that declare receiving-side methods: shipped factories such as Spark's readers'. */
  private final ImmutableSet<String> receivingSideMethodOwners;

  private final ImmutableList<MethodName> driverCallbacks;
  private final ImmutableSet<String> driverSideTypes;

  /**
   * Every name that a declared receiving-side, driver-side or method-owning type's qualified name
   * starts with, up to a dot: {@code org}, {@code org.apache}, ..., {@code
   * org.apache.beam.sdk.transforms}. The packages whose types may have a role are among them.
   */
  private final ImmutableSet<String> roleTypeScopes;

  private final ImmutableList<MethodName> serializingMethods;

  private Engines(ImmutableList<Engine> engines, Engine fallback) {
    this.engines = engines;
    this.fallback = fallback;
    List<Engine> all = new ArrayList<>(engines);
    all.add(fallback);
    List<Prefix> byLength = new ArrayList<>();
    ImmutableSet.Builder<String> types = ImmutableSet.builder();
    ImmutableList.Builder<String> packages = ImmutableList.builder();
    ImmutableList.Builder<String> annotations = ImmutableList.builder();
    ImmutableList.Builder<MethodName> methods = ImmutableList.builder();
    ImmutableList.Builder<MethodName> callbacks = ImmutableList.builder();
    ImmutableSet.Builder<String> driverTypes = ImmutableSet.builder();
    ImmutableList.Builder<MethodName> serializing = ImmutableList.builder();
    for (Engine engine : all) {
      engine.packages().forEach(prefix -> byLength.add(new Prefix(prefix, engine)));
      for (String type : engine.receivingSideTypes()) {
        if (type.endsWith(".")) {
          packages.add(type);
        } else {
          types.add(type);
        }
      }
      annotations.addAll(engine.receivingSideAnnotations());
      methods.addAll(engine.receivingSideMethods());
      callbacks.addAll(engine.driverCallbacks());
      driverTypes.addAll(engine.driverSideTypes());
      serializing.addAll(engine.serializingMethods());
    }
    byLength.sort(
        Comparator.comparingInt((Prefix p) -> p.prefix().length())
            .reversed()
            .thenComparing(Prefix::prefix));
    this.prefixes = ImmutableList.copyOf(byLength);
    this.receivingSideTypes = types.build();
    this.receivingSidePackages = packages.build();
    this.receivingSideAnnotations = annotations.build();
    this.receivingSideMethods = methods.build();
    this.receivingSideMethodNames =
        receivingSideMethods.stream()
            .map(MethodName::methodName)
            .collect(ImmutableSet.toImmutableSet());
    this.receivingSideMethodOwners =
        receivingSideMethods.stream()
            .map(MethodName::ownerType)
            .collect(ImmutableSet.toImmutableSet());
    this.driverCallbacks = callbacks.build();
    this.driverSideTypes = driverTypes.build();
    this.serializingMethods = serializing.build();
    this.roleTypeScopes =
        scopesOf(
            Stream.of(receivingSideTypes, receivingSideMethodOwners, driverSideTypes)
                .flatMap(Collection::stream)
                .toList());
  }

  /** The names each of {@code qualifiedNames} starts with, up to a dot. */
  private static ImmutableSet<String> scopesOf(Collection<String> qualifiedNames) {
    ImmutableSet.Builder<String> scopes = ImmutableSet.builder();
    for (String name : qualifiedNames) {
      for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
        scopes.add(name.substring(0, dot));
      }
    }
    return scopes.build();
  }

  /** Plain Java serialization: the engine of whatever belongs to no other. */
  public Engine javaSerialization() {
    return fallback;
  }

  /** The engines this plugin ships with. */
  public static Engines builtIn() {
    return BUILT_IN;
  }

  /** The built-in engines plus {@code extra}: how a new engine is tried out in a test. */
  public static Engines builtInAnd(Engine... extra) {
    return new Engines(
        ImmutableList.<Engine>builder().addAll(BUILT_IN.engines).add(extra).build(),
        BUILT_IN.fallback);
  }

  /**
   * The engine that ships values of {@code type}: the first of its supertypes (in javac's closure
   * order, the type itself first) that belongs to an engine decides; anything else is plain Java
   * serialization.
   */
  public Engine of(Type type, Types types) {
    if (type instanceof IntersectionClassType intersection) {
      for (Type component : intersection.getComponents()) {
        Engine engine = of(component, types);
        if (engine != fallback) {
          return engine;
        }
      }
      return fallback;
    }
    try {
      for (Type supertype : types.closure(types.erasure(type))) {
        Engine engine = ofName(supertype.tsym.getQualifiedName().toString());
        if (engine != fallback) {
          return engine;
        }
      }
    } catch (CompletionFailure missingSupertype) {
      // Fall through: an incomplete class path still gets the generic advice.
    }
    return fallback;
  }

  /** The engine whose packages hold the type named {@code qualifiedName}, most specific first. */
  public Engine ofName(String qualifiedName) {
    for (Prefix prefix : prefixes) {
      if (qualifiedName.startsWith(prefix.prefix())) {
        return prefix.engine();
      }
    }
    return fallback;
  }

  /**
   * Whether every instance method of a subtype of {@code qualifiedName} runs on the receiving side.
   */
  public boolean isReceivingSideType(String qualifiedName) {
    if (receivingSideTypes.contains(qualifiedName)) {
      return true;
    }
    for (String prefix : receivingSidePackages) {
      if (qualifiedName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the engine ships every instance of a subtype of {@code qualifiedName}: its function
   * types, and the factories whose methods it calls on the receiving side. Such a type outweighs a
   * driver-side one: a class that is both a Spark {@code Batch} and its {@code
   * PartitionReaderFactory} is shipped as the factory.
   */
  public boolean isShippedType(String qualifiedName) {
    return isReceivingSideType(qualifiedName) || receivingSideMethodOwners.contains(qualifiedName);
  }

  /** Whether a method annotated with {@code qualifiedName} runs on the receiving side. */
  public boolean isReceivingSideAnnotation(String qualifiedName) {
    for (String annotation : receivingSideAnnotations) {
      if (annotation.endsWith(".")
          ? qualifiedName.startsWith(annotation)
          : qualifiedName.equals(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code methodName}, declared in {@code ownerType}, is called on the receiving side. */
  public boolean isReceivingSideMethod(String ownerType, String methodName) {
    return receivingSideMethodNames.contains(methodName)
        && receivingSideMethods.contains(new MethodName(ownerType, methodName));
  }

  /**
   * Whether the package {@code packageName} can hold a receiving-side or driver-side type, or one
   * of {@code otherTypes}: most packages hold none, and then their types' names need no reading.
   */
  public boolean mayHoldRoleTypes(String packageName, Collection<String> otherTypes) {
    String dotted = packageName + ".";
    for (String prefix : receivingSidePackages) {
      if (dotted.startsWith(prefix)) {
        return true;
      }
    }
    // Asked once per package of each compilation: a set lookup, not a pass over every name.
    return roleTypeScopes.contains(packageName)
        || otherTypes.stream().anyMatch(type -> type.startsWith(dotted));
  }

  /** Serializable types that engines never ship. */
  public boolean isDriverSideType(String qualifiedName) {
    return driverSideTypes.contains(qualifiedName);
  }

  /** Methods whose function arguments run in the submitting process. */
  public ImmutableList<MethodName> driverCallbacks() {
    return driverCallbacks;
  }

  /** Methods that serialize their arguments, from every engine. */
  public ImmutableList<MethodName> serializingMethods() {
    return serializingMethods;
  }
}
