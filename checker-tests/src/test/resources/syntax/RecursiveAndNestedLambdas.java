import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/** Lambdas that refer to themselves through a field, and lambdas nested several deep. */
public class RecursiveAndNestedLambdas {
  /** No client anywhere: the self-reference must not send the analysis round in circles. */
  static final Function<Integer, Integer> FACTORIAL =
      n -> n <= 1 ? 1 : n * RecursiveAndNestedLambdas.FACTORIAL.call(n - 1);

  static final class Retrier {
    private final ManagedChannel channel = ManagedChannelBuilder.forTarget("dns:///svc:443").build();

    /** A Serializable function that calls itself through its own field, and reads the channel. */
    final Function<Integer, String> attempt =
        n ->
            n == 0
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is read through `this` by a lambda (Spark `Function`) that Spark serializes and ships to executors, so the enclosing `Retrier` is serialized with it
                ? channel.authority()
                : this.attempt.call(n - 1);
  }

  JavaRDD<String> threeDeep(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line -> {
          Supplier<Supplier<Supplier<String>>> deep =
              // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
              () -> () -> () -> line + channel.authority();
          return deep.get().get().get();
        });
  }

  /** A Serializable lambda inside a shipped one: reported once, for the outer one. */
  JavaRDD<String> serializableInsideSerializable(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line -> {
          // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
          Function<String, String> inner = word -> word + channel.authority();
          return inner.call(line);
        });
  }

  /** A lambda that builds its own channel and hands it to a nested lambda: nothing crosses. */
  JavaRDD<String> createdInside(JavaRDD<String> lines, String target) {
    return lines.map(
        line -> {
          ManagedChannel channel = ManagedChannelBuilder.forTarget(target).build();
          Supplier<String> authority = () -> channel.authority();
          try {
            return line + authority.get();
          } finally {
            channel.shutdown();
          }
        });
  }
}
