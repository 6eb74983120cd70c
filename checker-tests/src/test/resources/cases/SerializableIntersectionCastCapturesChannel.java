import io.grpc.ManagedChannel;
import java.io.Serializable;
import java.util.function.Supplier;

/** An intersection cast makes any lambda Serializable; whatever it captures is serialized. */
public class SerializableIntersectionCastCapturesChannel {
  Supplier<String> authority(ManagedChannel channel) {
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (`Supplier`) that is serialized to cross into another process
    return (Supplier<String> & Serializable) () -> channel.authority();
  }

  Supplier<String> notSerializable(ManagedChannel channel) {
    return () -> channel.authority();
  }
}
