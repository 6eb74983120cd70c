// Flags: -Xep:EagerStaticGrpcClient:WARN
import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every lazy, per-process way to keep a client in a static: none connects at class init. */
public class EagerStaticLazyFormsAreNotFlagged {
  /** The initialization-on-demand holder: only a read of CLIENT initializes it. */
  private static final class ClientHolder {
    static final TranslationServiceClient CLIENT = create();

    private static TranslationServiceClient create() {
      try {
        return TranslationServiceClient.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private ClientHolder() {}
  }

  static final Supplier<ManagedChannel> CHANNEL =
      Suppliers.memoize(() -> ManagedChannelBuilder.forTarget("localhost:50051").build());

  /** Filled per JVM, on demand: creating the empty map connects nothing. */
  static final Map<String, ManagedChannel> CHANNELS_BY_TARGET = new ConcurrentHashMap<>();

  private static ManagedChannel audit;

  static synchronized ManagedChannel audit() {
    if (audit == null) {
      audit = ManagedChannelBuilder.forTarget("audit.example.com:443").build();
    }
    return audit;
  }

  static ManagedChannel channelFor(String target) {
    return CHANNELS_BY_TARGET.computeIfAbsent(
        target, t -> ManagedChannelBuilder.forTarget(t).build());
  }

  static String translate(String text) {
    return ClientHolder.CLIENT.translateText("projects/p", "de", java.util.List.of(text)).toString();
  }
}
