import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * A Serializable wrapper that ships only its configuration and rebuilds the client in readObject
 * on the receiving side: safe to capture and to broadcast.
 */
public class ReadObjectRebuildsTransientClient {
  static final class Translator implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String project;
    private transient TranslationServiceClient client;

    Translator(String project) throws IOException {
      this.project = project;
      this.client = TranslationServiceClient.create();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      client = TranslationServiceClient.create();
    }

    String translate(String text, String targetLanguage) {
      return client
          .translateText("projects/" + project, targetLanguage, List.of(text))
          .getTranslations(0)
          .getTranslatedText();
    }
  }

  JavaRDD<String> translate(JavaRDD<String> lines) throws IOException {
    Translator translator = new Translator("my-project");
    return lines.map(line -> translator.translate(line, "nl"));
  }
}
