import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * Shipping a serializable factory instead of a client: the factory returns a client, it does not
 * hold one, so the DoFn is serializable.
 */
public class BeamDoFnWithSerializableClientFactory {
  static class TranslateFn extends DoFn<String, String> {
    private final SerializableFunction<Void, TranslationServiceClient> clientFactory;
    private transient TranslationServiceClient client;

    TranslateFn(SerializableFunction<Void, TranslationServiceClient> clientFactory) {
      this.clientFactory = clientFactory;
    }

    @Setup
    public void setup() {
      client = clientFactory.apply(null);
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

  static TranslateFn withDefaultClient() {
    return new TranslateFn(
        unused -> {
          try {
            return TranslationServiceClient.create();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static TranslateFn withEndpoint(String endpoint) {
    return new TranslateFn(
        unused -> {
          try {
            return TranslationServiceClient.create(
                TranslationServiceSettings.newBuilder().setEndpoint(endpoint).build());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
