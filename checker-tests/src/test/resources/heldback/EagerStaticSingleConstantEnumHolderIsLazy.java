// Flags: -Xep:EagerStaticGrpcClient:WARN
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Shape E, negative (decided). The enum-singleton holder: one constant and a single client field,
 * no other members. The enum is initialized (and its one constructor run) on the first use of
 * {@code ChannelHolder.INSTANCE}, which is the first time the channel is wanted: exactly as lazy
 * as a holder class. Contrast {@code Region} in the cases folder (several constants plus an
 * accessor), which is eager. The DoFn reads it on the worker, per JVM.
 */
public class EagerStaticSingleConstantEnumHolderIsLazy {
  enum ChannelHolder {
    INSTANCE;

    final ManagedChannel channel =
        ManagedChannelBuilder.forTarget("features.internal:443").useTransportSecurity().build();
  }

  static class FeatureFlagFn extends DoFn<String, String> {
    @ProcessElement
    public void processElement(@Element String user, OutputReceiver<String> out) {
      out.output(user + "@" + ChannelHolder.INSTANCE.channel.authority());
    }
  }
}
