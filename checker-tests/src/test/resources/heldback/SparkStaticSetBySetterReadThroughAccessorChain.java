import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Shape D, positive. Dependency wiring through a setter: the driver calls
 * {@code ClientConfig.setTranslator(...)}, and executor code reaches the static through two levels
 * of accessors ({@code Services.translation()} calls {@code ClientConfig.translator()}). No
 * initializer and no lazy path sets it, so on executors the chain returns null.
 */
public class SparkStaticSetBySetterReadThroughAccessorChain {
  static final class ClientConfig {
    private static TranslationServiceClient translator;

    static void setTranslator(TranslationServiceClient client) {
      translator = client;
    }

    static TranslationServiceClient translator() {
      return translator;
    }

    private ClientConfig() {}
  }

  static final class Services {
    static TranslationServiceClient translation() {
      return ClientConfig.translator();
    }

    private Services() {}
  }

  public static void main(String[] args) throws IOException {
    ClientConfig.setTranslator(TranslationServiceClient.create());
    try (JavaSparkContext sc = new JavaSparkContext()) {
      sc.textFile(args[0])
          .map(
              line ->
                  // BUG: Diagnostic contains: TranslationServiceClient, a gRPC client
                  Services.translation()
                      .translateText("projects/p", "es", List.of(line))
                      .getTranslations(0)
                      .getTranslatedText())
          .saveAsTextFile(args[1]);
    }
  }
}
