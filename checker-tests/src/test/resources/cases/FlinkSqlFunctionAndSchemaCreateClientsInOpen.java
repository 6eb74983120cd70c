import com.google.cloud.pubsub.v1.SchemaServiceClient;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.table.functions.FunctionContext;
import org.apache.flink.table.functions.ScalarFunction;

/**
 * A Flink SQL function and a connector's record schema, each creating its client in open(), which
 * runs on the task manager after the object is deserialized there: both are correct. The second
 * function takes the driver's client in its constructor, and is serialized with it.
 */
public class FlinkSqlFunctionAndSchemaCreateClientsInOpen {
  public static class TranslateFunction extends ScalarFunction {
    private final String parent;
    private TranslationServiceClient client;

    public TranslateFunction(String parent) {
      this.parent = parent;
    }

    @Override
    public void open(FunctionContext context) throws Exception {
      client = TranslationServiceClient.create();
    }

    public String eval(String text) {
      return client.translateText(parent, "de", List.of(text)).getTranslations(0).getTranslatedText();
    }

    @Override
    public void close() {
      client.close();
    }
  }

  public static class ValidatingSchema implements DeserializationSchema<String> {
    private final String schemaName;
    private SchemaServiceClient schemas;

    public ValidatingSchema(String schemaName) {
      this.schemaName = schemaName;
    }

    @Override
    public void open(InitializationContext context) throws Exception {
      schemas = SchemaServiceClient.create();
      schemas.getSchema(schemaName);
    }

    @Override
    public String deserialize(byte[] message) {
      return new String(message, StandardCharsets.UTF_8);
    }

    @Override
    public boolean isEndOfStream(String next) {
      return false;
    }

    @Override
    public TypeInformation<String> getProducedType() {
      return Types.STRING;
    }
  }

  public static class TranslateWithDriverClient extends ScalarFunction {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `TranslateWithDriverClient`, which Flink serializes and ships to task managers
    private final TranslationServiceClient client;

    public TranslateWithDriverClient(TranslationServiceClient client) {
      this.client = client;
    }

    public String eval(String text) {
      return client.translateText("projects/p", "de", List.of(text)).toString();
    }
  }
}
