// Flags: -Xep:EagerStaticGrpcClient:WARN
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * Shape E, negative. The initialization-on-demand holder idiom as it appears in Spark jobs: a
 * private static final nested class whose only members are a private constructor, the static
 * client and the private factory for it. {@code Holder} is initialized on the first read of
 * {@code Holder.CLIENT}, i.e. on the executor when the first record needs it: lazy and per JVM,
 * so neither check has anything to report.
 */
public class EagerStaticNestedPrivateHolderIsLazy {
  private static final class Holder {
    private Holder() {}

    static final TranslationServiceClient CLIENT = create();

    private static TranslationServiceClient create() {
      try {
        return TranslationServiceClient.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static JavaRDD<String> toKorean(JavaRDD<String> lines) {
    return lines.map(
        line ->
            Holder.CLIENT
                .translateText("projects/p", "ko", List.of(line))
                .getTranslations(0)
                .getTranslatedText());
  }
}
