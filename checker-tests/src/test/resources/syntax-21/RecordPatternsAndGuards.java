import io.grpc.ManagedChannel;
import org.apache.spark.api.java.JavaRDD;

/**
 * Record patterns and `when` guards: final in Java 21 and not in Java 17 at all (not even as a
 * preview), so NewSyntaxTest runs this file on 21+ only and reports it as skipped on 17.
 */
public class RecordPatternsAndGuards {
  record Endpoint(String name, ManagedChannel channel) {}

  JavaRDD<String> deconstructed(JavaRDD<String> lines, Object target) {
    return switch (target) {
      case Endpoint(var name, var channel) when name.isEmpty() ->
          // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
          lines.map(line -> line + channel.authority());
      case Endpoint(String name, ManagedChannel ignored) -> lines.map(line -> name + line);
      default -> lines;
    };
  }

  JavaRDD<String> insideTheLambda(JavaRDD<Object> values) {
    return values.map(
        value ->
            switch (value) {
              case Endpoint(String name, ManagedChannel channel) -> name + channel.authority();
              default -> "";
            });
  }

  JavaRDD<String> instanceofRecordPattern(JavaRDD<String> lines, Object target) {
    if (target instanceof Endpoint(String name, ManagedChannel channel)) {
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
      return lines.map(line -> name + line + channel.authority());
    }
    return lines;
  }
}
