import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;

/** A client handed to a rich function's constructor is serialized with the function. */
public class FlinkRichMapFunctionWithClientField {
  static class TranslateFunction extends RichMapFunction<String, String> {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `TranslateFunction`, which Flink serializes and ships to task managers:
    private final TranslationServiceClient client;

    TranslateFunction(TranslationServiceClient client) {
      this.client = client;
    }

    @Override
    public String map(String message) {
      return client
          .translateText("projects/my-project", "pt", List.of(message))
          .getTranslations(0)
          .getTranslatedText();
    }
  }

  DataStream<String> translate(DataStream<String> messages) throws IOException {
    return messages.map(new TranslateFunction(TranslationServiceClient.create()));
  }
}
