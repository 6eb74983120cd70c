import io.grpc.ManagedChannel;
import org.apache.spark.api.java.JavaRDD;

/**
 * Pattern matching for switch (final in Java 21, a preview feature in 17: NewSyntaxTest compiles
 * this file with --enable-preview there). Only type patterns and default, valid in both.
 */
public class SwitchPatterns {
  JavaRDD<String> routeByTarget(JavaRDD<String> lines, Object target, ManagedChannel channel) {
    return switch (target) {
      case String prefix -> lines.map(line -> prefix + line);
      case Integer count ->
          // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
          lines.map(line -> line + count + channel.authority());
      default -> lines;
    };
  }

  JavaRDD<String> switchInsideTheLambda(JavaRDD<Object> values, ManagedChannel channel) {
    return values.map(
        value ->
            switch (value) {
              case String text -> text;
              // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
              case Integer number -> number + channel.authority();
              default -> "";
            });
  }

  JavaRDD<String> bindingVariableIsTheClient(JavaRDD<String> lines, Object resource) {
    return switch (resource) {
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
      case ManagedChannel channel -> lines.map(line -> line + channel.authority());
      default -> lines;
    };
  }

  JavaRDD<String> instanceofBinding(JavaRDD<String> lines, Object resource) {
    if (resource instanceof ManagedChannel channel) {
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
      return lines.map(line -> line + channel.authority());
    }
    return lines;
  }

  /** The switch picks a string on the driver; only the string is shipped. */
  JavaRDD<String> switchOnTheDriver(JavaRDD<String> lines, Object resource) {
    String authority =
        switch (resource) {
          case ManagedChannel channel -> channel.authority();
          default -> "none";
        };
    return lines.map(line -> line + authority);
  }
}
