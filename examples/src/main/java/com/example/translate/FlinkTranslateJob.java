package com.example.translate;

import com.google.cloud.translate.v3.LocationName;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Translates a stream of chat messages into French. */
public final class FlinkTranslateJob {
  private static final String PARENT = LocationName.of("my-project", "global").toString();

  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    DataStream<String> messages = env.fromData("Hello!", "Where is my order?", "Thanks, bye.");
    messages.map(new TranslateFn()).print();
    env.execute("translate-chat");
  }

  /**
   * BUG: the client is an ordinary field of the function. Flink serializes the function to send it
   * to the task managers, and {@code TranslationServiceClient} is not Serializable: {@code
   * messages.map(new TranslateFnHoldingClient())} fails with {@code InvalidProgramException: ...
   * is not serializable}.
   */
  static final class TranslateFnHoldingClient extends RichMapFunction<String, String> {
    private final TranslationServiceClient client = TranslationServiceClient.create();

    TranslateFnHoldingClient() throws IOException {}

    @Override
    public String map(String message) {
      return translate(client, message);
    }
  }

  /**
   * Correct: the client is {@code transient}, created on the task manager in {@code open()} and
   * closed in {@code close()}.
   */
  static final class TranslateFn extends RichMapFunction<String, String> {
    private transient TranslationServiceClient client;

    @Override
    public void open(OpenContext openContext) throws IOException {
      client = TranslationServiceClient.create();
    }

    @Override
    public String map(String message) {
      return translate(client, message);
    }

    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }

  private static String translate(TranslationServiceClient client, String message) {
    return client
        .translateText(PARENT, "fr", List.of(message))
        .getTranslations(0)
        .getTranslatedText();
  }

  private FlinkTranslateJob() {}
}
