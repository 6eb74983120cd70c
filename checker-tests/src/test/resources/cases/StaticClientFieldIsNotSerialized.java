import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Static fields are never serialized with an instance. (Whether initializing a client in a static
 * initializer is wise is EagerStaticGrpcClient's question, not this check's.)
 */
public class StaticClientFieldIsNotSerialized {
  static class TranslateFn extends DoFn<String, String> {
    private static volatile TranslationServiceClient client;

    @Setup
    public void setup() throws Exception {
      synchronized (TranslateFn.class) {
        if (client == null) {
          client = TranslationServiceClient.create();
        }
      }
    }

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(client.translateText("projects/p", "de", List.of(line)).toString());
    }
  }
}
