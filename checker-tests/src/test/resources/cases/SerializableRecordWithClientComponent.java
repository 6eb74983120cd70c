import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/** A record's components are its fields, and a Serializable record serializes all of them. */
public class SerializableRecordWithClientComponent {
  record TranslationJob(
      String parent,
      String targetLanguage,
      // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `TranslationJob`, which is serialized to cross into another process
      TranslationServiceClient client)
      implements Serializable {}

  JavaRDD<String> run(JavaRDD<String> lines, TranslationJob job) {
    return lines.map(
        line ->
            // BUG: Diagnostic contains: `job` (TranslationJob, which holds a gRPC client: TranslationServiceClient in field `client`) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors
            job.client()
                .translateText(job.parent(), job.targetLanguage(), List.of(line))
                .getTranslations(0)
                .getTranslatedText());
  }
}
