import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/**
 * Shape D, positive. The Beam form: the launcher's {@code main} calls {@code Clients.init()}, and
 * the DoFn's {@code @ProcessElement} calls {@code Clients.translator()}. On Dataflow workers the
 * {@code Clients} class is loaded in a different JVM where {@code init()} never ran, so the getter
 * returns null. The DirectRunner shares the launcher's JVM, so tests pass.
 */
public class BeamDoFnReadsRegistryInitializedInMain {
  static final class Clients {
    private static TranslationServiceClient translator;

    static void init() throws IOException {
      translator = TranslationServiceClient.create();
    }

    static TranslationServiceClient translator() {
      return translator;
    }

    private Clients() {}
  }

  static class TranslateFn extends DoFn<String, String> {
    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(
          // BUG: Diagnostic contains: TranslationServiceClient, a gRPC client
          Clients.translator()
              .translateText("projects/p", "it", List.of(line))
              .getTranslations(0)
              .getTranslatedText());
    }
  }

  public static void main(String[] args) throws IOException {
    Clients.init();
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs(args).create());
    p.apply(Create.of("hello", "world")).apply(ParDo.of(new TranslateFn()));
    p.run().waitUntilFinish();
  }
}
