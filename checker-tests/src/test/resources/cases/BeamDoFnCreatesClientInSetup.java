import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** The cure Beam documents: a transient client built per worker in @Setup, closed in @Teardown. */
public class BeamDoFnCreatesClientInSetup {
  static class TranslateFn extends DoFn<String, String> {
    private final String targetLanguage;
    private transient TranslationServiceClient client;

    TranslateFn(String targetLanguage) {
      this.targetLanguage = targetLanguage;
    }

    @Setup
    public void setup() throws IOException {
      client = TranslationServiceClient.create();
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(
          client
              .translateText("projects/my-project", targetLanguage, List.of(line))
              .getTranslations(0)
              .getTranslatedText());
    }

    @Teardown
    public void teardown() {
      if (client != null) {
        client.close();
      }
    }
  }

  /** The same in an anonymous DoFn: its own transient field is not a capture. */
  static PCollection<String> translateAnonymously(PCollection<String> lines, String target) {
    return lines.apply(
        ParDo.of(
            new DoFn<String, String>() {
              private transient TranslationServiceClient client;

              @Setup
              public void setup() throws IOException {
                client = TranslationServiceClient.create();
              }

              @ProcessElement
              public void processElement(@Element String line, OutputReceiver<String> out) {
                out.output(client.translateText("projects/p", target, List.of(line)).toString());
              }

              @Teardown
              public void teardown() {
                client.close();
              }
            }));
  }

  PCollection<String> translate(PCollection<String> lines) {
    return lines.apply(ParDo.of(new TranslateFn("es")));
  }
}
