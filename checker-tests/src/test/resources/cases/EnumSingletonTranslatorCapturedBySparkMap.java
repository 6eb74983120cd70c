import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.spark.api.java.JavaRDD;

/**
 * The enum singleton (Effective Java, item 3) as a per-JVM holder. Java serializes an enum
 * constant as its name only and resolves it to the receiving JVM's own constant, whose client that
 * JVM builds itself: capturing the constant ships no client.
 */
public class EnumSingletonTranslatorCapturedBySparkMap {
  enum Translator {
    INSTANCE;

    private final TranslationServiceClient client = create();

    private static TranslationServiceClient create() {
      try {
        return TranslationServiceClient.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String toGerman(String text) {
      return client
          .translateText("projects/p", "de", List.of(text))
          .getTranslations(0)
          .getTranslatedText();
    }
  }

  JavaRDD<String> viaStaticAccess(JavaRDD<String> lines) {
    return lines.map(line -> Translator.INSTANCE.toGerman(line));
  }

  JavaRDD<String> viaCapturedConstant(JavaRDD<String> lines) {
    Translator translator = Translator.INSTANCE;
    return lines.map(line -> translator.toGerman(line));
  }

  /** The same constant in a DoFn field. */
  static class TranslateFn extends DoFn<String, String> {
    private final Translator translator = Translator.INSTANCE;

    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(translator.toGerman(line));
    }
  }
}
