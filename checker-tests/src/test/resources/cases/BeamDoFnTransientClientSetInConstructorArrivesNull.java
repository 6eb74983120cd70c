import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * `transient` alone is no cure: a transient client set in the constructor is skipped by
 * serialization and never set again on the worker, so processElement throws NullPointerException.
 */
public class BeamDoFnTransientClientSetInConstructorArrivesNull {
  static class TranslateFn extends DoFn<String, String> {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a transient field of class `TranslateFn`, which Beam serializes and ships to workers. It is set only in a constructor
    private final transient TranslationServiceClient client;

    TranslateFn() throws IOException {
      this.client = TranslationServiceClient.create();
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(client.translateText("projects/p", "de", List.of(line)).toString());
    }
  }
}
