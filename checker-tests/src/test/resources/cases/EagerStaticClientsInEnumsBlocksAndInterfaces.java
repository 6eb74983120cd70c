// Flags: -Xep:EagerStaticGrpcClient:WARN
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

/** Class initialization also runs static blocks, interface constants and enum constructors. */
public class EagerStaticClientsInEnumsBlocksAndInterfaces {
  static ManagedChannel primary;

  static {
    // BUG: Diagnostic contains: A gRPC client (ManagedChannel) is created while class `EagerStaticClientsInEnumsBlocksAndInterfaces` is initialized
    primary = ManagedChannelBuilder.forTarget("primary.example.com:443").build();
  }

  interface Defaults {
    // BUG: Diagnostic contains: The initializer of `FALLBACK` creates a gRPC client (ManagedChannel) while class `Defaults` is initialized
    ManagedChannel FALLBACK = ManagedChannelBuilder.forTarget("fallback.example.com:443").build();
  }

  enum Region {
    EU("eu.example.com:443"),
    US("us.example.com:443");

    private final ManagedChannel channel;

    Region(String target) {
      // BUG: Diagnostic contains: A gRPC client (ManagedChannel) is created while class `Region` is initialized
      channel = ManagedChannelBuilder.forTarget(target).build();
    }

    ManagedChannel channel() {
      return channel;
    }
  }
}
