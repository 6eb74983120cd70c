import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;

/**
 * The thread pool itself is no boundary, but the Spark closure submitted from inside it is: only
 * the inner closure is flagged.
 */
public class SparkJobSubmittedFromThreadPoolCapturesClient {
  Future<Long> countTranslated(
      ExecutorService pool, JavaRDD<String> lines, TranslationServiceClient client) {
    return pool.submit(
        () ->
            lines
                .map(
                    line ->
                        // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors
                        client.translateText("projects/p", "de", List.of(line)).toString())
                .count());
  }
}
