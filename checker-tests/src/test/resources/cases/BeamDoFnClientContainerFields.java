import com.google.api.gax.core.BackgroundResource;
import com.google.cloud.translate.v3.TranslationServiceClient;
import io.grpc.ManagedChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.beam.sdk.transforms.DoFn;

/** Clients inside containers, arrays and generic fields are serialized with the DoFn too. */
public class BeamDoFnClientContainerFields {
  static class RoutingFn<C extends BackgroundResource> extends DoFn<String, String> {
    // BUG: Diagnostic contains: `clientsByRegion` (Map<String, TranslationServiceClient>, which holds gRPC clients: TranslationServiceClient elements) is a field of class `RoutingFn`
    private final Map<String, TranslationServiceClient> clientsByRegion = new ConcurrentHashMap<>();
    // BUG: Diagnostic contains: `fallback` (Optional<TranslationServiceClient>, which holds gRPC clients: TranslationServiceClient elements)
    private final Optional<TranslationServiceClient> fallback = Optional.empty();
    // BUG: Diagnostic contains: `channels` (ManagedChannel[], which holds gRPC clients: ManagedChannel elements)
    private final ManagedChannel[] channels = new ManagedChannel[4];
    // BUG: Diagnostic contains: `current` (AtomicReference<ManagedChannel>, which holds gRPC clients: ManagedChannel elements)
    private final AtomicReference<ManagedChannel> current = new AtomicReference<>();
    // BUG: Diagnostic contains: `resource` (C, a gRPC client)
    private C resource;

    RoutingFn(C resource) {
      this.resource = resource;
    }

    // A transient container set only at its declaration is skipped by serialization and arrives
    // null on the worker.
    // BUG: Diagnostic contains: `cache` (Map<String, TranslationServiceClient>, which holds gRPC clients: TranslationServiceClient elements) is a transient field of class `RoutingFn`, which Beam serializes and ships to workers. It is set only at its declaration
    private final transient Map<String, TranslationServiceClient> cache = new ConcurrentHashMap<>();

    // Transient containers rebuilt per worker in @Setup are fine, and so is configuration.
    private transient Map<String, TranslationServiceClient> clientsByEndpoint;
    private transient ManagedChannel[] pool;
    private final Map<String, String> endpoints = Map.of("eu", "eu-translate.googleapis.com");

    @Setup
    public void setup() {
      clientsByEndpoint = new ConcurrentHashMap<>();
      pool = new ManagedChannel[4];
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(line);
    }
  }
}
