import com.google.cloud.dialogflow.cx.v3.DetectIntentRequest;
import com.google.cloud.dialogflow.cx.v3.QueryInput;
import com.google.cloud.dialogflow.cx.v3.SessionsClient;
import com.google.cloud.dialogflow.cx.v3.TextInput;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;

/** An anonymous rich function that uses a client from the enclosing method. */
public class FlinkAnonymousRichMapFunctionCapturesClient {
  static DataStream<String> intents(DataStream<String> utterances, SessionsClient sessions) {
    return utterances.map(
        new RichMapFunction<String, String>() {
          @Override
          public String map(String text) {
            // BUG: Diagnostic contains: `sessions` (SessionsClient, a gRPC client) is captured by an anonymous Flink `RichMapFunction`, which Flink serializes and ships to task managers
            return sessions
                .detectIntent(
                    DetectIntentRequest.newBuilder()
                        .setSession("projects/p/locations/global/agents/a/sessions/s")
                        .setQueryInput(
                            QueryInput.newBuilder()
                                .setText(TextInput.newBuilder().setText(text))
                                .setLanguageCode("en"))
                        .build())
                .getQueryResult()
                .getMatch()
                .getIntent()
                .getDisplayName();
          }
        });
  }
}
