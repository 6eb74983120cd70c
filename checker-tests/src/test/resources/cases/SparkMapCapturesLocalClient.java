import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/** The classic mistake: a client created on the driver and used inside an RDD transformation. */
public class SparkMapCapturesLocalClient {
  static final String PARENT = "projects/my-project/locations/global";

  JavaRDD<String> translate(JavaRDD<String> lines) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    return lines.map(
        line ->
            // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors:
            client
                .translateText(PARENT, "de", List.of(line))
                .getTranslations(0)
                .getTranslatedText());
  }
}
