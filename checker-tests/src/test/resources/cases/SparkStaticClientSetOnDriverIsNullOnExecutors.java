import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Statics are not shipped. A static client assigned in main() exists only on the driver; on the
 * executors the class is initialized afresh and the field is null. Local mode hides this.
 */
public class SparkStaticClientSetOnDriverIsNullOnExecutors {
  static TranslationServiceClient client;

  public static void main(String[] args) throws Exception {
    client = TranslationServiceClient.create();
    try (JavaSparkContext sc = new JavaSparkContext()) {
      JavaRDD<String> lines = sc.textFile(args[0]);
      lines
          .map(
              line ->
                  // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a static field that its class's initialization leaves unset, and it is read by a lambda (Spark `Function`) that Spark serializes and ships to executors. Static fields are not shipped
                  client
                      .translateText("projects/p", "de", List.of(line))
                      .getTranslations(0)
                      .getTranslatedText())
          .saveAsTextFile(args[1]);
    }
  }
}
