import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Shape C, positive. The same Serializable {@code Translator} helper, but built once in
 * {@code main} on the driver and captured by the map lambda. Java serialization reaches its
 * {@code client} field and Spark fails with {@code Task not serializable}
 * ({@code NotSerializableException: TranslationServiceClient}). Being Serializable does not make
 * a class that holds a client shippable.
 */
public class SparkHelperWithClientBuiltOnDriverCaptured {
  static class Translator implements Serializable {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `Translator`
    private final TranslationServiceClient client;
    private final String parent;

    Translator(String project) throws IOException {
      this.client = TranslationServiceClient.create();
      this.parent = "projects/" + project;
    }

    String to(String language, String text) {
      return client.translateText(parent, language, List.of(text)).getTranslations(0).getTranslatedText();
    }
  }

  public static void main(String[] args) throws IOException {
    Translator translator = new Translator("support-desk");
    try (JavaSparkContext sc = new JavaSparkContext()) {
      JavaRDD<String> tickets = sc.textFile(args[0]);
      tickets
          .map(
              ticket ->
                  // BUG: Diagnostic contains: `translator` (Translator, which holds a gRPC client
                  translator.to("en", ticket))
          .saveAsTextFile(args[1]);
    }
  }
}
