package dev.grpcboundary.engine;

import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.IntersectionClassType;
import com.sun.tools.javac.code.Types;

/**
 * The engines that ship code or objects to other JVMs, each with what goes wrong there and the cure
 * that fits it. Adding an engine means adding one constant here.
 */
public enum Framework {
  SPARK(
      "Spark",
      "org.apache.spark.",
      "Spark serializes and ships to executors",
      "the job fails on the driver with `SparkException: Task not serializable`",
      "Create the client on the executor instead: inside `mapPartitions`/`foreachPartition`"
          + " (once per partition), or through a per-JVM lazy holder"),
  BEAM(
      "Beam",
      "org.apache.beam.",
      "Beam serializes and ships to workers",
      "the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with"
          + " `IllegalArgumentException: unable to serialize ...`",
      "Create the client on the worker instead: in a DoFn, as a `transient` field built in"
          + " `@Setup` and closed in `@Teardown`"),
  FLINK(
      "Flink",
      "org.apache.flink.",
      "Flink serializes and ships to task managers",
      "job submission fails with `InvalidProgramException: ... is not serializable`",
      "Create the client on the task manager instead: in a rich function, as a `transient` field"
          + " built in `open()` and closed in `close()`"),
  IGNITE(
      "Ignite",
      "org.apache.ignite.",
      "Ignite serializes and sends to cluster nodes",
      "the task fails to marshal when it is sent to the cluster",
      Framework.SHIP_CONFIGURATION),
  HAZELCAST(
      "Hazelcast",
      "com.hazelcast.",
      "Hazelcast serializes and sends to cluster members",
      "the task fails to serialize when it is sent to the cluster",
      Framework.SHIP_CONFIGURATION),
  JAVA_SERIALIZATION(
      null,
      null,
      "is serialized to cross into another process",
      "serialization fails with `java.io.NotSerializableException`",
      Framework.SHIP_CONFIGURATION);

  private static final String SHIP_CONFIGURATION =
      "Ship configuration instead (endpoint and project strings, or `ServiceOptions`, which are"
          + " Serializable) and build the client lazily in the receiving process";

  private final String displayName;
  private final String packagePrefix;
  private final String shipping;
  private final String failure;
  private final String cure;

  Framework(String displayName, String packagePrefix, String shipping, String failure, String cure) {
    this.displayName = displayName;
    this.packagePrefix = packagePrefix;
    this.shipping = shipping;
    this.failure = failure;
    this.cure = cure;
  }

  /**
   * The engine that ships values of {@code type}: the first supertype that lives in an engine's
   * packages decides, and anything else is plain Java serialization.
   */
  public static Framework of(Type type, Types types) {
    if (type instanceof IntersectionClassType intersection) {
      for (Type component : intersection.getComponents()) {
        Framework framework = of(component, types);
        if (framework != JAVA_SERIALIZATION) {
          return framework;
        }
      }
      return JAVA_SERIALIZATION;
    }
    try {
      for (Type supertype : types.closure(types.erasure(type))) {
        String name = supertype.tsym.getQualifiedName().toString();
        for (Framework framework : values()) {
          if (framework.packagePrefix != null && name.startsWith(framework.packagePrefix)) {
            return framework;
          }
        }
      }
    } catch (CompletionFailure missingSupertype) {
      // Fall through: an incomplete classpath still gets the generic advice.
    }
    return JAVA_SERIALIZATION;
  }

  /**
   * Qualifies a type name with the engine, e.g. "Spark `Function`" (not java.util's), or just
   * "`Supplier`" for plain Java serialization.
   */
  public String qualify(String simpleTypeName) {
    String quoted = "`" + simpleTypeName + "`";
    return displayName == null ? quoted : displayName + " " + quoted;
  }

  /** A verb phrase for "code that ...", e.g. "Spark serializes and ships to executors". */
  public String shipping() {
    return shipping;
  }

  /** What goes wrong when a client is captured, e.g. "the job fails ... Task not serializable". */
  public String failure() {
    return failure;
  }

  /** What to do instead, as a sentence. */
  public String cure() {
    return cure;
  }
}
