import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** A local class captures the locals it uses, just like an anonymous class. */
public class BeamLocalDoFnClassCapturesClient {
  static PCollection<String> translate(PCollection<String> lines) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    class TranslateFn extends DoFn<String, String> {
      @ProcessElement
      public void processElement(@Element String line, OutputReceiver<String> out) {
        // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by local class `TranslateFn`, which Beam serializes and ships to workers
        out.output(client.translateText("projects/p", "de", List.of(line)).toString());
      }
    }
    return lines.apply(ParDo.of(new TranslateFn()));
  }
}
