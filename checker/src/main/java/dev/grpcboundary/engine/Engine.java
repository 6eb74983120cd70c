package dev.grpcboundary.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.grpcboundary.fix.Lifecycle;
import java.util.Optional;

/**
 * Everything the checks know about one engine that ships code or objects to other JVMs: which of
 * its types and methods carry values across, which code runs on the receiving side and which in the
 * submitting process (the driver), how a captured client fails there, and what to do instead.
 *
 * <p>Type names are fully qualified; a name ending in {@code .} stands for a whole package. An
 * engine is one declaration in its own class ({@link Spark}, {@link Beam}, ...); {@link Engines}
 * assembles them, and the checks only ever ask {@link Engines}.
 */
public final class Engine {
  private final String name;
  private final boolean namesItsTypes;
  private final ImmutableList<String> packages;
  private final String shipping;
  private final String failure;
  private final String serializationFailure;
  private final String cure;
  private final ImmutableList<MethodName> serializingMethods;
  private final ImmutableSet<String> receivingSideTypes;
  private final ImmutableList<MethodName> receivingSideMethods;
  private final ImmutableList<String> receivingSideAnnotations;
  private final ImmutableList<MethodName> driverCallbacks;
  private final ImmutableSet<String> driverSideTypes;
  private final Optional<Lifecycle> lifecycle;

  private Engine(Builder builder) {
    this.name = builder.name;
    this.namesItsTypes = builder.namesItsTypes;
    this.packages = builder.packages.build();
    this.shipping = require(builder.shipping, "shipping");
    this.failure = require(builder.failure, "failure");
    this.serializationFailure = require(builder.serializationFailure, "serializationFailure");
    this.cure = require(builder.cure, "cure");
    this.serializingMethods = builder.serializingMethods.build();
    this.receivingSideTypes = builder.receivingSideTypes.build();
    this.receivingSideMethods = builder.receivingSideMethods.build();
    this.receivingSideAnnotations = builder.receivingSideAnnotations.build();
    this.driverCallbacks = builder.driverCallbacks.build();
    this.driverSideTypes = builder.driverSideTypes.build();
    this.lifecycle = Optional.ofNullable(builder.lifecycle);
  }

  private static String require(String value, String what) {
    if (value == null) {
      throw new IllegalStateException("An engine must declare its " + what);
    }
    return value;
  }

  /** Starts the declaration of an engine whose types live in {@code packages}. */
  public static Builder named(String name, String... packages) {
    return new Builder(name, /* namesItsTypes= */ true, ImmutableList.copyOf(packages));
  }

  /** Starts the declaration of an engine that owns no types and is never named in messages. */
  static Builder unnamed(String name) {
    return new Builder(name, /* namesItsTypes= */ false, ImmutableList.of());
  }

  /** E.g. "Spark". */
  public String name() {
    return name;
  }

  /** The package prefixes of the engine's own types, which decide the engine of a type. */
  ImmutableList<String> packages() {
    return packages;
  }

  /**
   * A type name as a reader would want it, qualified with the engine: "Spark `Function`" rather
   * than a bare "`Function`" that could be java.util's.
   */
  public String qualify(String simpleTypeName) {
    String quoted = "`" + simpleTypeName + "`";
    return namesItsTypes ? name + " " + quoted : quoted;
  }

  /** A verb phrase for "code that ...", e.g. "Spark serializes and ships to executors". */
  public String shipping() {
    return shipping;
  }

  /** What goes wrong, and where, when shipped code or an object holds a client. */
  public String failure() {
    return failure;
  }

  /** What a serializing method of this engine throws when handed a client. */
  public String serializationFailure() {
    return serializationFailure;
  }

  /** What to do instead, as a sentence without its final period. */
  public String cure() {
    return cure;
  }

  ImmutableList<MethodName> serializingMethods() {
    return serializingMethods;
  }

  ImmutableSet<String> receivingSideTypes() {
    return receivingSideTypes;
  }

  ImmutableList<MethodName> receivingSideMethods() {
    return receivingSideMethods;
  }

  ImmutableList<String> receivingSideAnnotations() {
    return receivingSideAnnotations;
  }

  ImmutableList<MethodName> driverCallbacks() {
    return driverCallbacks;
  }

  ImmutableSet<String> driverSideTypes() {
    return driverSideTypes;
  }

  /** The per-worker lifecycle the lifecycle fix writes for this engine's functions, if any. */
  public Optional<Lifecycle> lifecycle() {
    return lifecycle;
  }

  @Override
  public String toString() {
    return name;
  }

  /** The declaration of one engine. Every list may stay empty; the phrases are required. */
  public static final class Builder {
    private final String name;
    private final boolean namesItsTypes;
    private final ImmutableList.Builder<String> packages = ImmutableList.builder();
    private String shipping;
    private String failure;
    private String serializationFailure;
    private String cure;
    private final ImmutableList.Builder<MethodName> serializingMethods = ImmutableList.builder();
    private final ImmutableSet.Builder<String> receivingSideTypes = ImmutableSet.builder();
    private final ImmutableList.Builder<MethodName> receivingSideMethods = ImmutableList.builder();
    private final ImmutableList.Builder<String> receivingSideAnnotations = ImmutableList.builder();
    private final ImmutableList.Builder<MethodName> driverCallbacks = ImmutableList.builder();
    private final ImmutableSet.Builder<String> driverSideTypes = ImmutableSet.builder();
    private Lifecycle lifecycle;

    private Builder(String name, boolean namesItsTypes, ImmutableList<String> packages) {
      this.name = name;
      this.namesItsTypes = namesItsTypes;
      this.packages.addAll(packages);
    }

    /** E.g. "Spark serializes and ships to executors". */
    public Builder ships(String shipping) {
      this.shipping = shipping;
      return this;
    }

    /** Where and how it fails when shipped code or a shipped object holds a client. */
    public Builder failsWith(String failure) {
      this.failure = failure;
      return this;
    }

    /** What its serializing methods throw when handed a client, e.g. an exception name. */
    public Builder serializingCallsFailWith(String serializationFailure) {
      this.serializationFailure = serializationFailure;
      return this;
    }

    public Builder cure(String cure) {
      this.cure = cure;
      return this;
    }

    /** Methods that serialize their arguments, as {@code "com.example.Type#method"}. */
    public Builder serializingMethods(String... methods) {
      for (String method : methods) {
        serializingMethods.add(MethodName.of(method));
      }
      return this;
    }

    /**
     * Types whose instance methods (all but constructors) run on the receiving side: the engine's
     * function types. A name ending in {@code .} stands for a package.
     */
    public Builder receivingSideTypes(String... types) {
      receivingSideTypes.add(types);
      return this;
    }

    /**
     * Methods that the engine calls on the receiving side, and overrides of them: a shipped
     * factory's {@code createWriter}, a source's {@code createReader}.
     */
    public Builder receivingSideMethods(String... methods) {
      for (String method : methods) {
        receivingSideMethods.add(MethodName.of(method));
      }
      return this;
    }

    /** Annotations (or annotation name prefixes) of methods that run on the receiving side. */
    public Builder receivingSideAnnotations(String... annotations) {
      receivingSideAnnotations.add(annotations);
      return this;
    }

    /**
     * Methods whose function arguments the engine runs in the submitting process, although their
     * type is Serializable: Structured Streaming's {@code foreachBatch}.
     */
    public Builder driverCallbacks(String... methods) {
      for (String method : methods) {
        driverCallbacks.add(MethodName.of(method));
      }
      return this;
    }

    /**
     * Serializable types that the engine never ships: their instances live and run where the job is
     * built (a Beam {@code PTransform}, whose {@code expand} runs at construction).
     */
    public Builder driverSideTypes(String... types) {
      driverSideTypes.add(types);
      return this;
    }

    /** The lifecycle the lifecycle fix writes for this engine's functions. */
    public Builder lifecycle(Lifecycle lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    public Engine build() {
      return new Engine(this);
    }
  }
}
