import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** A DoFn is serialized with every non-transient field it has. */
public class BeamParDoNamedDoFnWithClientField {
  static class TranslateFn extends DoFn<String, String> {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `TranslateFn`, which Beam serializes and ships to workers: the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with `IllegalArgumentException: unable to serialize ...`
    private final TranslationServiceClient client;
    private final String targetLanguage;

    TranslateFn(TranslationServiceClient client, String targetLanguage) {
      this.client = client;
      this.targetLanguage = targetLanguage;
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(
          client
              .translateText("projects/my-project", targetLanguage, List.of(line))
              .getTranslations(0)
              .getTranslatedText());
    }
  }

  PCollection<String> translate(PCollection<String> lines) throws IOException {
    return lines.apply(ParDo.of(new TranslateFn(TranslationServiceClient.create(), "es")));
  }
}
