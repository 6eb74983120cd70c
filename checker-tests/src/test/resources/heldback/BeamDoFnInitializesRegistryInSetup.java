import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Shape D, negative. The same init/get registry as {@code BeamDoFnReadsRegistryInitializedInMain},
 * but the DoFn calls {@code Clients.init()} in its own {@code @Setup}, which runs in the worker JVM
 * before any {@code @ProcessElement}. The static is set in the JVM that reads it (one client per
 * worker JVM, shared by its DoFn instances): correct.
 */
public class BeamDoFnInitializesRegistryInSetup {
  static final class Clients {
    private static TranslationServiceClient translator;

    static synchronized void init() throws IOException {
      if (translator == null) {
        translator = TranslationServiceClient.create();
      }
    }

    static TranslationServiceClient translator() {
      return translator;
    }

    private Clients() {}
  }

  static class TranslateFn extends DoFn<String, String> {
    @Setup
    public void setup() throws IOException {
      Clients.init();
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(
          Clients.translator()
              .translateText("projects/p", "nl", List.of(line))
              .getTranslations(0)
              .getTranslatedText());
    }
  }

  static PCollection<String> translate(PCollection<String> lines) {
    return lines.apply(ParDo.of(new TranslateFn()));
  }
}
