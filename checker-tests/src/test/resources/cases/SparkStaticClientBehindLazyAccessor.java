import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * A static that class initialization leaves unset is fine when the shipped code goes through an
 * accessor that creates the client on first use: the accessor runs on the executor.
 */
public class SparkStaticClientBehindLazyAccessor {
  private static TranslationServiceClient client;

  static synchronized TranslationServiceClient client() throws IOException {
    if (client == null) {
      client = TranslationServiceClient.create();
    }
    return client;
  }

  JavaRDD<String> translate(JavaRDD<String> lines) {
    return lines.map(
        line ->
            client()
                .translateText("projects/p", "de", List.of(line))
                .getTranslations(0)
                .getTranslatedText());
  }
}
