// A compact source file (its class is implicit: named after the file, instance main) with
// unnamed variables and patterns, `_`. Both are final in Java 25, so NewSyntaxTest runs this file
// on 25 and later only and reports it as skipped before that.
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.apache.spark.api.java.JavaRDD;

final ManagedChannel channel = ManagedChannelBuilder.forTarget("dns:///svc:443").build();

JavaRDD<String> tag(JavaRDD<String> lines) {
  // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is read through `this` by a lambda (Spark `Function`) that Spark serializes and ships to executors, so the enclosing `CompactSourceFileWithUnnamedVariables` is serialized with it
  return lines.map(line -> line + channel.authority());
}

JavaRDD<String> unnamed(JavaRDD<String> lines, ManagedChannel local) {
  return lines.map(
      line -> {
        try {
          // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
          return line + local.authority();
        } catch (RuntimeException _) {
          return line;
        }
      });
}

record Endpoint(String name, ManagedChannel channel) {}

JavaRDD<String> unnamedPattern(JavaRDD<String> lines, Object target) {
  if (target instanceof Endpoint(String name, _)) {
    return lines.map(line -> name + line);
  }
  return lines;
}

void main() {
  IO.println(channel.authority());
}
