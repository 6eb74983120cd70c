import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Shape B, positive. A composite transform holds a client for construction-time work, and
 * {@code expand()} also creates an anonymous DoFn whose {@code @ProcessElement} calls that client.
 * The anonymous DoFn keeps its enclosing {@code TranslateTransform} (and with it the client); the
 * DoFn, unlike the composite, is serialized and shipped, so {@code Pipeline.run()} fails with
 * {@code unable to serialize}. Expected: one finding, at the read in the DoFn, which is where the
 * transform gets pulled across. The transform's own field is not a finding: Beam never ships a
 * {@code PTransform}, and a message saying it does would be false.
 */
public class BeamCompositeTransformDoFnCapturesClient {
  static class TranslateTransform extends PTransform<PCollection<String>, PCollection<String>> {
    private final TranslationServiceClient client;
    private final String target;

    TranslateTransform(TranslationServiceClient client, String target) {
      this.client = client;
      this.target = target;
    }

    @Override
    public PCollection<String> expand(PCollection<String> input) {
      return input.apply(
          ParDo.of(
              new DoFn<String, String>() {
                @ProcessElement
                public void processElement(@Element String line, OutputReceiver<String> out) {
                  out.output(
                      // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is read through `this` by an anonymous Beam `DoFn`
                      client
                          .translateText("projects/p", target, List.of(line))
                          .getTranslations(0)
                          .getTranslatedText());
                }
              }));
    }
  }

  static PCollection<String> translate(PCollection<String> lines, TranslationServiceClient client) {
    return lines.apply(new TranslateTransform(client, "de"));
  }
}
