import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.PCollection;

/** An anonymous SimpleFunction in a static method: no outer instance, but the local is captured. */
public class BeamAnonymousSimpleFunctionCapturesClient {
  static PCollection<String> translate(PCollection<String> lines, TranslationServiceClient client) {
    return lines.apply(
        MapElements.via(
            new SimpleFunction<String, String>() {
              @Override
              public String apply(String line) {
                // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by an anonymous Beam `SimpleFunction`, which Beam serializes and ships to workers
                return client.translateText("projects/p", "de", List.of(line)).toString();
              }
            }));
  }
}
