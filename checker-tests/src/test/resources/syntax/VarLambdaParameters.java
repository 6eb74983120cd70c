import io.grpc.ManagedChannel;
import java.io.Serializable;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;

/** `var` lambda parameters (Java 11), alone, final, and in several-parameter lambdas. */
public class VarLambdaParameters {
  JavaRDD<String> single(JavaRDD<String> lines, ManagedChannel channel) {
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
    return lines.map((var line) -> line + channel.authority());
  }

  String reduce(JavaRDD<String> lines, ManagedChannel channel) {
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function2`)
    return lines.reduce((final var left, final var right) -> left + right + channel.authority());
  }

  Function<String, String> serializableCast(ManagedChannel channel) {
    return (Function<String, String> & Serializable)
        // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (`Function`)
        (var line) -> line + channel.authority();
  }

  /** A plain BinaryOperator stays in this JVM: sharing the channel is fine. */
  BinaryOperator<String> notShipped(ManagedChannel channel) {
    return (var left, var right) -> left + right + channel.authority();
  }

  /** The parameter is the channel, handed in on the receiving side: nothing is captured. */
  JavaRDD<String> clientAsParameter(JavaRDD<ManagedChannel> channels) {
    return channels.map((var channel) -> channel.authority());
  }
}
