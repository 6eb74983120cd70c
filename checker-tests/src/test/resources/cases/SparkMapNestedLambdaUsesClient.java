import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;

/**
 * The client is only used by a plain (non-serializable) lambda nested inside the Spark closure, but
 * the outer closure must capture it to hand it on, so Spark serializes it all the same.
 */
public class SparkMapNestedLambdaUsesClient {
  JavaRDD<String> translateWords(JavaRDD<String> lines, TranslationServiceClient client) {
    return lines.map(
        line ->
            Arrays.stream(line.split(" "))
                .map(
                    word ->
                        // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors
                        client
                            .translateText("projects/p", "de", List.of(word))
                            .getTranslations(0)
                            .getTranslatedText())
                .collect(Collectors.joining(" ")));
  }

  JavaRDD<String> throughLocalClass(JavaRDD<String> lines, TranslationServiceClient client) {
    return lines.map(
        line -> {
          class Worker {
            String run() {
              // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes
              return client.translateText("projects/p", "de", List.of(line)).toString();
            }
          }
          return new Worker().run();
        });
  }
}
