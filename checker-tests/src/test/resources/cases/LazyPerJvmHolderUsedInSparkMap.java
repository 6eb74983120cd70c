import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * The per-JVM lazy holder: the closure only names a static method, so nothing is captured; each
 * executor JVM initializes its own client on first use.
 */
public class LazyPerJvmHolderUsedInSparkMap {
  private static final class TranslationClientHolder {
    static final TranslationServiceClient CLIENT = create();

    private static TranslationServiceClient create() {
      try {
        return TranslationServiceClient.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private TranslationClientHolder() {}
  }

  JavaRDD<String> translate(JavaRDD<String> lines, String targetLanguage) {
    return lines.map(
        line ->
            TranslationClientHolder.CLIENT
                .translateText("projects/my-project", targetLanguage, List.of(line))
                .getTranslations(0)
                .getTranslatedText());
  }

  JavaRDD<Integer> lengths(JavaRDD<String> lines) {
    return lines.map(LazyPerJvmHolderUsedInSparkMap::translatedLength);
  }

  private static int translatedLength(String line) {
    return TranslationClientHolder.CLIENT
        .translateText("projects/my-project", "de", List.of(line))
        .getTranslations(0)
        .getTranslatedText()
        .length();
  }
}
