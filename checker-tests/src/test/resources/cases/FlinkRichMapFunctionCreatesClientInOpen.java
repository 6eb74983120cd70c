import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;

/** The Flink cure: ship settings, build a transient client in open(), close it in close(). */
public class FlinkRichMapFunctionCreatesClientInOpen {
  static class TranslateFunction extends RichMapFunction<String, String> {
    private final TranslationServiceSettings settings;
    private final String targetLanguage;
    private transient TranslationServiceClient client;

    TranslateFunction(TranslationServiceSettings settings, String targetLanguage) {
      this.settings = settings;
      this.targetLanguage = targetLanguage;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
      client = TranslationServiceClient.create(settings);
    }

    @Override
    public String map(String message) {
      return client
          .translateText("projects/my-project", targetLanguage, List.of(message))
          .getTranslations(0)
          .getTranslatedText();
    }

    @Override
    public void close() throws Exception {
      if (client != null) {
        client.close();
      }
    }
  }

  DataStream<String> translate(DataStream<String> messages, TranslationServiceSettings settings) {
    return messages.map(new TranslateFunction(settings, "pt"));
  }
}
