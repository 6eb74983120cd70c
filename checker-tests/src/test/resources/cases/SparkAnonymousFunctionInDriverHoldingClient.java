import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/**
 * An anonymous class created in an instance method keeps its enclosing instance, and this driver
 * holds a client, even though the function body never uses it.
 */
public class SparkAnonymousFunctionInDriverHoldingClient {
  private final TranslationServiceClient client = TranslationServiceClient.create();

  public SparkAnonymousFunctionInDriverHoldingClient() throws IOException {}

  JavaRDD<Integer> lengths(JavaRDD<String> lines) {
    return lines.map(
        // BUG: Diagnostic contains: An anonymous Spark `Function`, which Spark serializes and ships to executors, keeps its enclosing instance (SparkAnonymousFunctionInDriverHoldingClient, which holds a gRPC client: TranslationServiceClient in field `client`) and serializes it too
        new Function<String, Integer>() {
          @Override
          public Integer call(String line) {
            return line.length();
          }
        });
  }

  static JavaRDD<Integer> staticLengths(JavaRDD<String> lines) {
    return lines.map(
        new Function<String, Integer>() {
          @Override
          public Integer call(String line) {
            return line.length();
          }
        });
  }
}
