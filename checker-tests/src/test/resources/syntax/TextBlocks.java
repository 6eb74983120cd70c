import io.grpc.ManagedChannel;
import org.apache.spark.api.java.JavaRDD;

/** Text blocks next to, and inside, shipped lambdas. */
public class TextBlocks {
  JavaRDD<String> render(JavaRDD<String> lines, ManagedChannel channel) {
    String template =
        """
        {"target": "%s",
         "line": "%s"}
        """;
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
    return lines.map(line -> template.formatted(channel.authority(), line));
  }

  JavaRDD<String> textBlockInsideTheLambda(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line ->
            """
            prefix \
            """
                + line
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
                + channel.authority());
  }

  /** Only the text block (a String) is captured. */
  JavaRDD<String> onlyTheTemplate(JavaRDD<String> lines) {
    String template = """
        <%s>
        """;
    return lines.map(template::formatted);
  }
}
