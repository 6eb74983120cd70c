import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Shape C, negative. A Serializable {@code GlossaryTranslator} wraps a client, and the DoFn keeps
 * one in a transient field; the only {@code new GlossaryTranslator} is in {@code @Setup}, which
 * runs on the worker after the DoFn was deserialized. The helper never crosses the boundary.
 */
public class BeamHelperWithClientCreatedInSetup {
  static class GlossaryTranslator implements Serializable {
    private final TranslationServiceClient client;
    private final String parent;

    GlossaryTranslator(String parent) throws IOException {
      this.client = TranslationServiceClient.create();
      this.parent = parent;
    }

    String translate(String text, String language) {
      return client.translateText(parent, language, List.of(text)).getTranslations(0).getTranslatedText();
    }

    void close() {
      client.close();
    }
  }

  static class TranslateFn extends DoFn<String, String> {
    private final String parent;
    private transient GlossaryTranslator translator;

    TranslateFn(String parent) {
      this.parent = parent;
    }

    @Setup
    public void setup() throws IOException {
      translator = new GlossaryTranslator(parent);
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(translator.translate(line, "ja"));
    }

    @Teardown
    public void teardown() {
      if (translator != null) {
        translator.close();
      }
    }
  }

  static PCollection<String> translate(PCollection<String> lines) {
    return lines.apply(ParDo.of(new TranslateFn("projects/p/locations/global")));
  }
}
