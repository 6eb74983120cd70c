import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** An anonymous DoFn copies the locals it uses into hidden fields, and those are serialized. */
public class BeamAnonymousDoFnCapturesLocalClient {
  static PCollection<String> translate(PCollection<String> lines) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    return lines.apply(
        ParDo.of(
            new DoFn<String, String>() {
              @ProcessElement
              public void processElement(@Element String line, OutputReceiver<String> out) {
                out.output(
                    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by an anonymous Beam `DoFn`, which Beam serializes and ships to workers
                    client
                        .translateText("projects/my-project", "it", List.of(line))
                        .getTranslations(0)
                        .getTranslatedText());
              }
            }));
  }
}
