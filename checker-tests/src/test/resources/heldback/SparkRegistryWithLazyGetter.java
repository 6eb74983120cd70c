import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Shape D, negative. The registry's getter creates the client when the static is still null, so
 * the first call in each executor JVM builds that JVM's own client. {@code main} may warm it up on
 * the driver; executors do not depend on that. Reading it from the map lambda is correct.
 */
public class SparkRegistryWithLazyGetter {
  static final class Registry {
    private static TranslationServiceClient client;

    static synchronized TranslationServiceClient get() {
      if (client == null) {
        try {
          client = TranslationServiceClient.create();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return client;
    }

    private Registry() {}
  }

  public static void main(String[] args) {
    Registry.get();
    try (JavaSparkContext sc = new JavaSparkContext()) {
      sc.textFile(args[0])
          .map(
              line ->
                  Registry.get()
                      .translateText("projects/p", "de", List.of(line))
                      .getTranslations(0)
                      .getTranslatedText())
          .saveAsTextFile(args[1]);
    }
  }
}
