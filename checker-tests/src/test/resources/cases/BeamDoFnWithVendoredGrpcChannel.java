import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.vendor.grpc.v1p69p0.io.grpc.ManagedChannel;
import org.apache.beam.vendor.grpc.v1p69p0.io.grpc.ManagedChannelBuilder;

/**
 * Beam ships its own relocated copy of gRPC; a channel from it is just as unserializable as one
 * from io.grpc.
 */
public class BeamDoFnWithVendoredGrpcChannel {
  static class LookupFn extends DoFn<String, String> {
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a field of class `LookupFn`, which Beam serializes and ships to workers
    private final ManagedChannel channel =
        ManagedChannelBuilder.forTarget("dns:///lookup.internal:443").build();

    @ProcessElement
    public void processElement(@Element String key, OutputReceiver<String> out) {
      out.output(key + "@" + channel.authority());
    }
  }

  /** A transient vendored channel built per worker is fine. */
  static class FixedLookupFn extends DoFn<String, String> {
    private transient ManagedChannel channel;

    @Setup
    public void setup() {
      channel = ManagedChannelBuilder.forTarget("dns:///lookup.internal:443").build();
    }

    @ProcessElement
    public void processElement(@Element String key, OutputReceiver<String> out) {
      out.output(key + "@" + channel.authority());
    }

    @Teardown
    public void teardown() {
      channel.shutdown();
    }
  }
}
