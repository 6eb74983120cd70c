import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/** A raw io.grpc ManagedChannel is the client at its most basic. */
public class GrpcManagedChannelCapturedByBeamLambda {
  PCollection<String> tag(PCollection<String> keys) {
    ManagedChannel channel =
        ManagedChannelBuilder.forAddress("inventory.internal", 443).useTransportSecurity().build();
    return keys.apply(
        MapElements.into(TypeDescriptors.strings())
            // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Beam `SerializableFunction`) that Beam serializes and ships to workers
            .via(key -> key + " via " + channel.authority()));
  }
}
