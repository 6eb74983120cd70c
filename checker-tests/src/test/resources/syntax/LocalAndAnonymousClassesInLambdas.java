import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/**
 * Classes declared inside shipped lambdas: whatever they use from outside, the lambda captures to
 * hand it on.
 */
public class LocalAndAnonymousClassesInLambdas {
  JavaRDD<String> localClass(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line -> {
          class Tagger {
            String tag() {
              // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
              return line + channel.authority();
            }
          }
          return new Tagger().tag();
        });
  }

  JavaRDD<String> anonymousClass(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line ->
            new Object() {
              String tag() {
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
                return line + channel.authority();
              }
            }.tag());
  }

  /** An anonymous Serializable function inside a shipped lambda: reported once, for the lambda. */
  JavaRDD<String> anonymousFunctionInLambda(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line ->
            new Function<String, String>() {
              @Override
              public String call(String word) {
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
                return word + channel.authority();
              }
            }.call(line));
  }

  /** A local record is static: the lambda passes the channel to it, so the lambda captures it. */
  JavaRDD<String> localRecord(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line -> {
          record Tagged(String line, ManagedChannel channel) {}
          // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
          return new Tagged(line, channel).toString();
        });
  }

  /** A local class that builds its own channel on the receiving side: nothing crosses. */
  JavaRDD<String> localClassBuildsItsOwn(JavaRDD<String> lines, String target) {
    return lines.map(
        line -> {
          class PerCall {
            String tag() {
              ManagedChannel own = ManagedChannelBuilder.forTarget(target).build();
              try {
                return line + own.authority();
              } finally {
                own.shutdown();
              }
            }
          }
          return new PerCall().tag();
        });
  }

  /** A lambda inside an anonymous class inside a shipped lambda. */
  JavaRDD<String> lambdaInAnonymousInLambda(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line ->
            new Object() {
              String tag() {
                java.util.function.Supplier<String> authority =
                    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
                    () -> channel.authority();
                return line + authority.get();
              }
            }.tag());
  }
}
