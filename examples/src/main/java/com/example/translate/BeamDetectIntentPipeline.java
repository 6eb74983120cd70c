package com.example.translate;

import com.google.cloud.dialogflow.cx.v3.DetectIntentRequest;
import com.google.cloud.dialogflow.cx.v3.DetectIntentResponse;
import com.google.cloud.dialogflow.cx.v3.QueryInput;
import com.google.cloud.dialogflow.cx.v3.SessionName;
import com.google.cloud.dialogflow.cx.v3.SessionsClient;
import com.google.cloud.dialogflow.cx.v3.TextInput;
import java.io.IOException;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/**
 * Classifies support messages (one per line) with a Dialogflow CX agent and writes the name of
 * each matched intent.
 */
public final class BeamDetectIntentPipeline {
  public static void main(String[] args) {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs(args).create());
    pipeline
        .apply("ReadMessages", TextIO.read().from("gs://my-bucket/messages/*.txt"))
        .apply("DetectIntent", ParDo.of(new DetectIntentFn()))
        .apply("WriteIntents", TextIO.write().to("gs://my-bucket/intents/part"));
    pipeline.run().waitUntilFinish();
  }

  /**
   * BUG: the DoFn holds the client in an ordinary field. Beam serializes every DoFn when the
   * pipeline is built (the DirectRunner too), and {@code SessionsClient} is not Serializable:
   * {@code ParDo.of(new DetectIntentFnHoldingClient())} throws {@code IllegalArgumentException:
   * unable to serialize DoFnWithExecutionInformation{...}}. The client would also connect on the
   * machine that merely builds the pipeline.
   */
  static final class DetectIntentFnHoldingClient extends DoFn<String, String> {
    private final SessionsClient sessions = SessionsClient.create();

    DetectIntentFnHoldingClient() throws IOException {}

    @ProcessElement
    public void processElement(@Element String message, OutputReceiver<String> out) {
      out.output(detectIntent(sessions, message));
    }
  }

  /**
   * Correct: the client is {@code transient}, created on the worker in {@code @Setup} (once per
   * DoFn instance, reused across bundles) and closed in {@code @Teardown}.
   */
  static final class DetectIntentFn extends DoFn<String, String> {
    private transient SessionsClient sessions;

    @Setup
    public void setup() throws IOException {
      sessions = SessionsClient.create();
    }

    @ProcessElement
    public void processElement(@Element String message, OutputReceiver<String> out) {
      out.output(detectIntent(sessions, message));
    }

    @Teardown
    public void teardown() {
      if (sessions != null) {
        sessions.close();
      }
    }
  }

  private static String detectIntent(SessionsClient sessions, String message) {
    String sessionId = Integer.toHexString(message.hashCode());
    DetectIntentRequest request =
        DetectIntentRequest.newBuilder()
            .setSession(SessionName.format("my-project", "global", "support-agent", sessionId))
            .setQueryInput(
                QueryInput.newBuilder()
                    .setText(TextInput.newBuilder().setText(message))
                    .setLanguageCode("en"))
            .build();
    DetectIntentResponse response = sessions.detectIntent(request);
    return response.getQueryResult().getMatch().getIntent().getDisplayName();
  }

  private BeamDetectIntentPipeline() {}
}
