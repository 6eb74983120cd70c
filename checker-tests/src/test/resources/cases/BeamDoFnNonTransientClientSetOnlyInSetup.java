import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Debatable. A client field that is not transient but is assigned only in @Setup / open(): it is
 * still null when Beam or Flink serializes the function (when the pipeline runs / at job
 * submission), and runners never serialize a function again after setting it up, so nothing
 * fails. Marking it transient is good hygiene, but a finding would claim the pipeline fails, which
 * does not happen. Expected here: no finding (or a hygiene-worded one).
 */
public class BeamDoFnNonTransientClientSetOnlyInSetup {
  static class TranslateFn extends DoFn<String, String> {
    private TranslationServiceClient client;

    @Setup
    public void setup() throws IOException {
      client = TranslationServiceClient.create();
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(client.translateText("projects/p", "de", List.of(line)).toString());
    }

    @Teardown
    public void teardown() {
      client.close();
    }
  }

  static class TranslateFunction extends RichMapFunction<String, String> {
    private TranslationServiceClient client;

    @Override
    public void open(OpenContext openContext) throws IOException {
      client = TranslationServiceClient.create();
    }

    @Override
    public String map(String line) {
      return client.translateText("projects/p", "de", List.of(line)).toString();
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
