import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import java.io.IOException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/** Broadcasting serializes the value to every executor: fine for settings, fatal for a client. */
public class SparkBroadcastOfClient {
  Broadcast<TranslationServiceClient> shareClient(JavaSparkContext sc) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is passed to `JavaSparkContext.broadcast`, which serializes it: serialization fails with `java.io.NotSerializableException`. Create the client on the executor instead
    return sc.broadcast(client);
  }

  Broadcast<String> shareEndpoint(JavaSparkContext sc) {
    return sc.broadcast("translate.googleapis.com:443");
  }

  Broadcast<TranslationServiceSettings> shareSettings(JavaSparkContext sc) throws IOException {
    return sc.broadcast(TranslationServiceSettings.newBuilder().build());
  }
}
