import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/** Shipped lambdas written in field initializers and in enum constants' arguments. */
public class FieldInitializersAndEnumConstants {
  /** Set on the driver in main: null in every executor JVM. */
  static ManagedChannel driverChannel;

  public static void main(String[] args) {
    driverChannel = ManagedChannelBuilder.forTarget(args[0]).build();
  }

  /** A static field's lambda runs on executors, where the static was never set. */
  static final Function<String, String> STATIC_TAGGER =
      // BUG: Diagnostic contains: `driverChannel` (ManagedChannel, a gRPC client) is a static field that its class's initialization leaves unset, and it is read by a lambda (Spark `Function`)
      line -> line + driverChannel.authority();

  private final ManagedChannel channel = ManagedChannelBuilder.forTarget("dns:///svc:443").build();

  /** An instance field's lambda that reads another instance field captures `this`. */
  private final Function<String, String> tagger =
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is read through `this` by a lambda (Spark `Function`) that Spark serializes and ships to executors, so the enclosing `FieldInitializersAndEnumConstants` is serialized with it
      line -> line + channel.authority();

  enum Step {
    // BUG: Diagnostic contains: `driverChannel` (ManagedChannel, a gRPC client) is a static field that its class's initialization leaves unset, and it is read by a lambda (Spark `Function`)
    TAG(line -> line + FieldInitializersAndEnumConstants.driverChannel.authority()),
    UPPER(line -> line.toUpperCase()),
    /** A constant with a body: an enum is written by name, never with its fields. */
    TRIM(line -> line) {
      @Override
      String describe() {
        return "trim";
      }
    };

    final Function<String, String> function;

    Step(Function<String, String> function) {
      this.function = function;
    }

    String describe() {
      return name();
    }
  }

  JavaRDD<String> run(JavaRDD<String> lines, Step step) {
    return lines.map(step.function).map(tagger).map(STATIC_TAGGER);
  }
}
