// Flags: -Xep:EagerStaticGrpcClient:WARN
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.Serializable;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;

/**
 * EagerStaticGrpcClient in records, sealed and local types, enum constant bodies and switch
 * expressions (static members of inner and local classes are allowed since Java 16).
 */
public class EagerStaticInNewerDeclarations {
  record Config(String target) {
    // BUG: Diagnostic contains: The initializer of `CHANNEL` creates a gRPC client (ManagedChannel) while class `Config` is initialized
    static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("dns:///a:443").build();

    /** A compact constructor runs per instance, not at class initialization. */
    Config {
      ManagedChannel probe = ManagedChannelBuilder.forTarget(target).build();
      probe.shutdown();
    }
  }

  sealed interface Route permits Direct {}

  static final class Direct implements Route {
    // BUG: Diagnostic contains: The initializer of `CHANNEL` creates a gRPC client (ManagedChannel) while class `Direct` is initialized
    static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("dns:///b:443").build();

    String name() {
      return "direct";
    }
  }

  /** An enum constant's body is an anonymous class, created while the enum is initialized. */
  enum Mode {
    FAST {
      // BUG: Diagnostic contains: The initializer of `channel` creates a gRPC client (ManagedChannel) while an anonymous class in `Mode` is initialized
      final ManagedChannel channel = ManagedChannelBuilder.forTarget("dns:///c:443").build();

      @Override
      String target() {
        return channel.authority();
      }
    },
    SLOW;

    String target() {
      return "slow";
    }
  }

  /** A switch expression that builds a client in one arm. */
  // BUG: Diagnostic contains: The initializer of `SWITCHED` creates a gRPC client (ManagedChannel) while class `EagerStaticInNewerDeclarations` is initialized
  static final Object SWITCHED =
      switch (Integer.getInteger("mode", 0)) {
        case 0 -> ManagedChannelBuilder.forTarget("dns:///d:443").build();
        default -> "none";
      };

  /** A Supplier builds on first get(): lazy. */
  static final Supplier<ManagedChannel> LAZY =
      () -> ManagedChannelBuilder.forTarget("dns:///e:443").build();

  JavaRDD<String> localTypes(JavaRDD<String> lines) {
    /** Only a static client: a holder class, initialized on first use. */
    class Holder {
      static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("dns:///f:443").build();
    }
    record Tagged(String line) implements Serializable {
      // BUG: Diagnostic contains: The initializer of `CHANNEL` creates a gRPC client (ManagedChannel) while class `Tagged` is initialized
      static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("dns:///g:443").build();
    }
    return lines.map(
        line -> {
          class InLambda {
            // BUG: Diagnostic contains: The initializer of `CHANNEL` creates a gRPC client (ManagedChannel) while class `InLambda` is initialized
            static final ManagedChannel CHANNEL =
                ManagedChannelBuilder.forTarget("dns:///h:443").build();

            String tag(String text) {
              return text + CHANNEL.authority();
            }
          }
          return new InLambda().tag(line) + new Tagged(line) + Holder.CHANNEL.authority();
        });
  }
}
