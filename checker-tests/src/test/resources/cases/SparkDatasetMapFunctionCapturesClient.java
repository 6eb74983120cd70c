import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/** Dataset.map with a MapFunction: the same closure serialization as RDDs. */
public class SparkDatasetMapFunctionCapturesClient {
  Dataset<String> translate(Dataset<String> reviews) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    return reviews.map(
        (MapFunction<String, String>)
            review ->
                // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `MapFunction`) that Spark serializes and ships to executors:
                client
                    .translateText("projects/my-project", "en", List.of(review))
                    .getTranslations(0)
                    .getTranslatedText(),
        Encoders.STRING());
  }
}
