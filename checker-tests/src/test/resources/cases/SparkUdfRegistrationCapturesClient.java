import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/** A SQL UDF is a closure too: Spark ships it to every executor that evaluates it. */
public class SparkUdfRegistrationCapturesClient {
  void registerTranslate(SparkSession spark) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    spark
        .udf()
        .register(
            "translate_to_german",
            (UDF1<String, String>)
                text ->
                    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `UDF1`) that Spark serializes and ships to executors
                    client
                        .translateText("projects/my-project", "de", List.of(text))
                        .getTranslations(0)
                        .getTranslatedText(),
            DataTypes.StringType);
  }
}
