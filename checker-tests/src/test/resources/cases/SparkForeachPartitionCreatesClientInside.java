import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/** The cure Spark documents: one client per partition, created and closed on the executor. */
public class SparkForeachPartitionCreatesClientInside {
  static final String PARENT = "projects/my-project/locations/global";

  void translateAll(JavaRDD<String> lines, String targetLanguage) {
    lines.foreachPartition(
        (Iterator<String> partition) -> {
          try (TranslationServiceClient client = TranslationServiceClient.create()) {
            while (partition.hasNext()) {
              client.translateText(PARENT, targetLanguage, List.of(partition.next()));
            }
          }
        });
  }

  JavaRDD<String> translated(JavaRDD<String> lines, String targetLanguage) {
    return lines.mapPartitions(
        partition -> {
          List<String> out = new ArrayList<>();
          try (TranslationServiceClient client = TranslationServiceClient.create()) {
            partition.forEachRemaining(
                line ->
                    out.add(
                        client
                            .translateText(PARENT, targetLanguage, List.of(line))
                            .getTranslations(0)
                            .getTranslatedText()));
          }
          return out.iterator();
        });
  }
}
