import com.google.cloud.dialogflow.cx.v3.DetectIntentRequest;
import com.google.cloud.dialogflow.cx.v3.QueryInput;
import com.google.cloud.dialogflow.cx.v3.SessionName;
import com.google.cloud.dialogflow.cx.v3.SessionsClient;
import com.google.cloud.dialogflow.cx.v3.TextInput;
import java.io.IOException;
import org.apache.spark.api.java.JavaRDD;

/** A Dialogflow CX SessionsClient (a GAX BackgroundResource) captured by RDD.foreach. */
public class SparkForeachCapturesDialogflowSessionsClient {
  void replay(JavaRDD<String> utterances) throws IOException {
    SessionsClient sessions = SessionsClient.create();
    utterances.foreach(
        text ->
            // BUG: Diagnostic contains: `sessions` (SessionsClient, a gRPC client) is captured by a lambda (Spark `VoidFunction`) that Spark serializes and ships to executors
            sessions.detectIntent(
                DetectIntentRequest.newBuilder()
                    .setSession(
                        SessionName.of("my-project", "global", "my-agent", "replay").toString())
                    .setQueryInput(
                        QueryInput.newBuilder()
                            .setText(TextInput.newBuilder().setText(text))
                            .setLanguageCode("en"))
                    .build()));
  }
}
