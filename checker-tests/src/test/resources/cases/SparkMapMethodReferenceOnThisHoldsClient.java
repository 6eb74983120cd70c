import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/** `this::translate` binds `this`, and this driver object holds the client. */
public class SparkMapMethodReferenceOnThisHoldsClient {
  private final TranslationServiceClient client = TranslationServiceClient.create();

  public SparkMapMethodReferenceOnThisHoldsClient() throws IOException {}

  String translate(String line) {
    return client.translateText("projects/p", "de", List.of(line)).getTranslations(0).getTranslatedText();
  }

  JavaRDD<String> run(JavaRDD<String> lines) {
    // BUG: Diagnostic contains: `this` (SparkMapMethodReferenceOnThisHoldsClient, which holds a gRPC client: TranslationServiceClient in field `client`) is the bound receiver of a method reference (Spark `Function`)
    return lines.map(this::translate);
  }

  JavaRDD<String> implicitThis(JavaRDD<String> lines) {
    // BUG: Diagnostic contains: A lambda (Spark `Function`) that Spark serializes and ships to executors uses `this` (SparkMapMethodReferenceOnThisHoldsClient, which holds a gRPC client: TranslationServiceClient in field `client`), so the enclosing object is serialized with it
    return lines.map(line -> translate(line));
  }
}
