import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * Wrappers that decide themselves what goes on the wire never serialize their client field:
 *
 * <ul>
 *   <li>the serialization proxy pattern (Effective Java, item 90): writeReplace puts a proxy
 *       holding only the project id on the wire, and the proxy's readResolve builds a new
 *       Translator (and client) on the receiving side;
 *   <li>an Externalizable wrapper writes only its project id and reconnects in readExternal.
 * </ul>
 *
 * Capturing either is safe. (The check already leaves such classes' own fields alone.)
 */
public class CustomSerializationWrapperCapturedBySparkMap {
  static final class Translator implements Serializable {
    private final String project;
    private final TranslationServiceClient client;

    Translator(String project) {
      this.project = project;
      try {
        this.client = TranslationServiceClient.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String toGerman(String text) {
      return client
          .translateText("projects/" + project, "de", List.of(text))
          .getTranslations(0)
          .getTranslatedText();
    }

    private Object writeReplace() {
      return new Proxy(project);
    }

    private static final class Proxy implements Serializable {
      private final String project;

      Proxy(String project) {
        this.project = project;
      }

      private Object readResolve() {
        return new Translator(project);
      }
    }
  }

  public static final class ExternalizableTranslator implements Externalizable {
    private String project;
    private TranslationServiceClient client;

    public ExternalizableTranslator() {}

    public ExternalizableTranslator(String project) throws IOException {
      this.project = project;
      this.client = TranslationServiceClient.create();
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
      out.writeUTF(project);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
      project = in.readUTF();
      client = TranslationServiceClient.create();
    }

    String toGerman(String text) {
      return client
          .translateText("projects/" + project, "de", List.of(text))
          .getTranslations(0)
          .getTranslatedText();
    }
  }

  JavaRDD<String> translate(JavaRDD<String> lines) {
    Translator translator = new Translator("my-project");
    return lines.map(line -> translator.toGerman(line));
  }

  JavaRDD<String> translateExternalizable(JavaRDD<String> lines) throws IOException {
    ExternalizableTranslator translator = new ExternalizableTranslator("my-project");
    return lines.map(line -> translator.toGerman(line));
  }
}
