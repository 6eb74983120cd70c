import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * A driver object that keeps the client in a field: the lambda reads it through `this`, so Spark
 * tries to serialize the whole driver object.
 */
public class SparkMapReadsClientFieldOfDriver implements Serializable {
  // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `SparkMapReadsClientFieldOfDriver`, which is serialized to cross into another process
  private final TranslationServiceClient client;
  private final String parent = "projects/my-project/locations/global";

  SparkMapReadsClientFieldOfDriver() throws IOException {
    this.client = TranslationServiceClient.create();
  }

  JavaRDD<String> translate(JavaRDD<String> lines) {
    return lines.map(
        line ->
            // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is read through `this` by a lambda (Spark `Function`) that Spark serializes and ships to executors, so the enclosing `SparkMapReadsClientFieldOfDriver` is serialized with it
            client.translateText(parent, "fr", List.of(line)).getTranslations(0).getTranslatedText());
  }

  JavaRDD<Integer> lengths(JavaRDD<String> lines) {
    // Only uses `this` for a String: the driver object still travels, but it holds the client.
    // BUG: Diagnostic contains: uses `this` (SparkMapReadsClientFieldOfDriver, which holds a gRPC client: TranslationServiceClient in field `client`)
    return lines.map(line -> line.length() + parent.length());
  }
}
