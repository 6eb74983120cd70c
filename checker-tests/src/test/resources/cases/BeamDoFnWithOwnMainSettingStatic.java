import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * The DoFn class is also the job's entry point: its static main sets the static client on the
 * driver. main never runs on a worker, so a worker's static is still null when process reads it.
 * (Regression: static methods of the shipped class used to count as worker code.)
 */
public class BeamDoFnWithOwnMainSettingStatic extends DoFn<String, String> {
  static TranslationServiceClient client;

  public static void main(String[] args) throws Exception {
    client = TranslationServiceClient.create();
  }

  @ProcessElement
  public void process(@Element String line, OutputReceiver<String> out) {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a static field that its class's initialization leaves unset
    out.output(client.translateText("projects/p", "de", List.of(line)).toString());
  }
}
