import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Flink MapFunction lambdas are serialized into the job graph and sent to task managers. */
public class FlinkDataStreamMapLambdaCapturesClient {
  DataStream<String> translate(DataStream<String> messages) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    return messages.map(
        message ->
            // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Flink `MapFunction`) that Flink serializes and ships to task managers:
            client
                .translateText("projects/my-project", "pt", List.of(message))
                .getTranslations(0)
                .getTranslatedText());
  }
}
