import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslateTextResponse;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import org.apache.spark.api.java.JavaRDD;

/** A bound method reference evaluates and keeps its receiver: `client::translateText` ships it. */
public class SparkMapMethodReferenceToClient {
  JavaRDD<TranslateTextResponse> translate(JavaRDD<TranslateTextRequest> requests)
      throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is the bound receiver of a method reference (Spark `Function`) that Spark serializes and ships to executors
    return requests.map(client::translateText);
  }

  JavaRDD<String> unboundReferencesAreFine(JavaRDD<TranslateTextResponse> responses) {
    return responses.map(TranslateTextResponse::toString).map(String::trim);
  }
}
