// Flags: -Xep:EagerStaticGrpcClient:WARN
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Shape E, negative. The holder as its own (package-private, final) top-level class with a private
 * constructor, a static channel and a private builder: nothing else can trigger its
 * initialization, so the channel is built in the task manager JVM on the first {@code map} call
 * that reads {@code InventoryChannels.CHANNEL}. Lazy, per JVM, not shipped.
 */
public class EagerStaticTopLevelFinalHolderIsLazy {
  static DataStream<String> checkStock(DataStream<String> skus) {
    return skus.map(
        (MapFunction<String, String>)
            sku -> sku + "@" + InventoryChannels.CHANNEL.authority());
  }
}

final class InventoryChannels {
  static final ManagedChannel CHANNEL = build();

  private static ManagedChannel build() {
    ManagedChannel channel =
        ManagedChannelBuilder.forTarget("inventory.internal:8443").useTransportSecurity().build();
    Runtime.getRuntime().addShutdownHook(new Thread(channel::shutdownNow));
    return channel;
  }

  private InventoryChannels() {}
}
