// Flags: -Xep:EagerStaticGrpcClient:WARN
import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaRDD;

/**
 * With EagerStaticGrpcClient on as well: a client in the static initializer of a class that has
 * main() connects whenever the class is initialized. The lazy alternatives next to it are not
 * flagged by either check.
 */
public class EagerStaticClientInSparkDriverClass {
  // BUG: Diagnostic contains: [EagerStaticGrpcClient] The initializer of `CLIENT` creates a gRPC client (TranslationServiceClient) while class `EagerStaticClientInSparkDriverClass` is initialized
  private static final TranslationServiceClient CLIENT = create();

  /** Initialization-on-demand holder: initialized on the first read of CHANNEL, in that JVM. */
  private static final class ChannelHolder {
    static final ManagedChannel CHANNEL =
        ManagedChannelBuilder.forTarget("dns:///inventory.internal").build();

    private ChannelHolder() {}
  }

  private static final Supplier<TranslationServiceClient> LAZY_CLIENT =
      Suppliers.memoize(EagerStaticClientInSparkDriverClass::create);

  /** An empty container creates no client. */
  private static final Map<String, TranslationServiceClient> CLIENTS_BY_REGION =
      new ConcurrentHashMap<>();

  private static TranslationServiceClient create() {
    try {
      return TranslationServiceClient.create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    System.out.println(CLIENT.getSettings().getEndpoint());
  }

  JavaRDD<String> translate(JavaRDD<String> lines) {
    return lines.map(
        line ->
            LAZY_CLIENT
                .get()
                .translateText("projects/p", "de", List.of(line))
                .getTranslations(0)
                .getTranslatedText());
  }

  JavaRDD<String> authority(JavaRDD<String> lines) {
    return lines.map(line -> line + "@" + ChannelHolder.CHANNEL.authority());
  }

  JavaRDD<String> perRegion(JavaRDD<String> regions) {
    return regions.map(
        region ->
            CLIENTS_BY_REGION
                .computeIfAbsent(region, unused -> create())
                .getSettings()
                .getEndpoint());
  }
}
