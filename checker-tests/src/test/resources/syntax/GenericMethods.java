import io.grpc.Channel;
import io.grpc.ManagedChannel;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/** Generic methods: type variables bounded by a client, identity functions, factories. */
public class GenericMethods {
  static <C extends ManagedChannel> JavaRDD<String> tagWith(JavaRDD<String> lines, C channel) {
    // The variable's declared type is the type variable; its bound makes it a client.
    // BUG: Diagnostic contains: `channel` (C, a gRPC client) is captured by a lambda (Spark `Function`)
    return lines.map(line -> line + channel.authority());
  }

  static <C extends Channel, L extends List<? extends C>> JavaRDD<String> tagWithAll(
      JavaRDD<String> lines, L channels) {
    // BUG: Diagnostic contains: `channels` (L, which holds gRPC clients: Channel elements) is captured
    return lines.map(line -> line + channels.size());
  }

  static <T> T same(T value) {
    return value;
  }

  JavaRDD<String> throughIdentity(JavaRDD<String> lines, ManagedChannel channel) {
    ManagedChannel same = same(channel);
    // BUG: Diagnostic contains: `same` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
    return lines.map(line -> line + same.authority());
  }

  /** Nothing says what T is: no finding rather than a guess. */
  static <T> JavaRDD<String> unbounded(JavaRDD<String> lines, T anything) {
    return lines.map(line -> line + anything);
  }

  /** A generic method that returns a client, called on the receiving side: fine. */
  static <C extends Channel> C open(Supplier<C> factory) {
    return factory.get();
  }

  JavaRDD<String> opensOnTheReceivingSide(JavaRDD<String> lines, String target) {
    return lines.map(
        line -> {
          ManagedChannel channel =
              open(() -> io.grpc.ManagedChannelBuilder.forTarget(target).build());
          try {
            return line + channel.authority();
          } finally {
            channel.shutdown();
          }
        });
  }

  /** A generic function type whose input is a client: the channel is not captured. */
  static <C extends Channel> Function<C, String> authorityOf() {
    return channel -> channel.authority();
  }

  /** A generic method reference bound to a client is. */
  static <C extends ManagedChannel> JavaRDD<Boolean> boundReference(JavaRDD<String> lines, C channel) {
    // BUG: Diagnostic contains: `channel` (C, a gRPC client) is the bound receiver of a method reference (Spark `Function`)
    return lines.map(channel::equals);
  }
}
