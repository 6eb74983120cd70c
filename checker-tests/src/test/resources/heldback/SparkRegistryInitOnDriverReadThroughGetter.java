import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Shape D, positive. A "client registry" singleton: {@code init()} fills the static, {@code get()}
 * returns it. {@code main} calls {@code Registry.init()} on the driver only; the map lambda calls
 * {@code Registry.get()} on executors, where {@code Registry} is initialized afresh and
 * {@code client} is null: a NullPointerException on every task (local mode hides it, since the
 * driver and executor share a JVM). The static is reached through a call, not read directly.
 */
public class SparkRegistryInitOnDriverReadThroughGetter {
  static final class Registry {
    private static TranslationServiceClient client;

    static void init() throws IOException {
      client = TranslationServiceClient.create();
    }

    static TranslationServiceClient get() {
      return client;
    }

    private Registry() {}
  }

  public static void main(String[] args) throws IOException {
    Registry.init();
    try (JavaSparkContext sc = new JavaSparkContext()) {
      sc.textFile(args[0])
          .map(
              line ->
                  // BUG: Diagnostic contains: TranslationServiceClient, a gRPC client
                  Registry.get()
                      .translateText("projects/p", "de", List.of(line))
                      .getTranslations(0)
                      .getTranslatedText())
          .saveAsTextFile(args[1]);
    }
  }
}
