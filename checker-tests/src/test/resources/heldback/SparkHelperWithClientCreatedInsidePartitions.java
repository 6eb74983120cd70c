import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * Shape C, negative. {@code Translator} is Serializable (out of habit: "everything in a Spark job
 * must be Serializable") and holds a client, but every {@code new Translator} is inside a
 * {@code mapPartitions} or {@code foreachPartition} lambda body, which runs on the executor. No
 * Translator is ever built on the driver, so none is ever serialized; each partition uses and
 * closes its own.
 */
public class SparkHelperWithClientCreatedInsidePartitions {
  static class Translator implements Serializable, AutoCloseable {
    private final TranslationServiceClient client;
    private final String parent;

    Translator(String project) throws IOException {
      this.client = TranslationServiceClient.create();
      this.parent = "projects/" + project;
    }

    String to(String language, String text) {
      return client
          .translateText(parent, language, List.of(text))
          .getTranslations(0)
          .getTranslatedText();
    }

    @Override
    public void close() {
      client.close();
    }
  }

  static JavaRDD<String> toGerman(JavaRDD<String> lines, String project) {
    return lines.mapPartitions(
        partition -> {
          List<String> out = new ArrayList<>();
          try (Translator translator = new Translator(project)) {
            while (partition.hasNext()) {
              out.add(translator.to("de", partition.next()));
            }
          }
          return out.iterator();
        });
  }

  static void printFrench(JavaRDD<String> lines, String project) {
    lines.foreachPartition(
        partition -> {
          Translator translator = new Translator(project);
          try {
            partition.forEachRemaining(line -> System.out.println(translator.to("fr", line)));
          } finally {
            translator.close();
          }
        });
  }
}
