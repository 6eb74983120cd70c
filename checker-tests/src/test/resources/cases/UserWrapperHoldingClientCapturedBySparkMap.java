import com.google.cloud.translate.v3.TranslationServiceClient;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/** The client hides one level down, in the application's own (Serializable!) service class. */
public class UserWrapperHoldingClientCapturedBySparkMap {
  static class Translator implements Serializable {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `Translator`, which is serialized to cross into another process: serialization fails with `java.io.NotSerializableException`. Ship configuration instead (endpoint and project strings, or `ServiceOptions`, which are Serializable) and build the client lazily in the receiving process.
    private final TranslationServiceClient client;
    private final String parent;

    Translator(String project) throws IOException {
      this.client = TranslationServiceClient.create();
      this.parent = "projects/" + project;
    }

    String toGerman(String text) {
      return client.translateText(parent, "de", List.of(text)).getTranslations(0).getTranslatedText();
    }
  }

  /** Not Serializable at all: shipping it fails the same way. */
  static final class TranslatorService {
    final Translator translator;

    TranslatorService(Translator translator) {
      this.translator = translator;
    }
  }

  /** A generic holder: what it holds depends on its type argument. */
  static final class Box<T> implements Serializable {
    private final T value;

    Box(T value) {
      this.value = value;
    }

    T get() {
      return value;
    }
  }

  JavaRDD<String> translate(JavaRDD<String> lines) throws IOException {
    Translator translator = new Translator("my-project");
    // BUG: Diagnostic contains: `translator` (Translator, which holds a gRPC client: TranslationServiceClient in field `client`) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors
    return lines.map(line -> translator.toGerman(line));
  }

  JavaRDD<String> translateThroughService(JavaRDD<String> lines) throws IOException {
    TranslatorService service = new TranslatorService(new Translator("my-project"));
    // BUG: Diagnostic contains: `service` (TranslatorService, which holds a gRPC client: TranslationServiceClient in field `translator.client`)
    return lines.map(line -> service.translator.toGerman(line));
  }

  JavaRDD<String> boxed(JavaRDD<String> lines, ManagedChannel channel) {
    Box<ManagedChannel> box = new Box<>(channel);
    Box<String> label = new Box<>("inventory");
    // BUG: Diagnostic contains: `box` (Box<ManagedChannel>, which holds a gRPC client: ManagedChannel in field `value`)
    return lines.map(line -> label.get() + line + box.get().authority());
  }
}
