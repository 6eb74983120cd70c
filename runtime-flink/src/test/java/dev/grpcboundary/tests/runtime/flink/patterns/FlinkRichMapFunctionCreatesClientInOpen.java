package dev.grpcboundary.tests.runtime.flink.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Good (Flink): the function ships the target string; a transient client is built in
 * {@code open()} on the task manager and closed in {@code close()}.
 */
public final class FlinkRichMapFunctionCreatesClientInOpen extends RichMapFunction<String, String> {
  private final String target;
  private transient TranslationServiceClient client;

  public FlinkRichMapFunctionCreatesClientInOpen(String target) {
    this.target = target;
  }

  @Override
  public void open(OpenContext context) {
    client = LoopbackClients.translationClient(target);
  }

  @Override
  public String map(String line) {
    return LoopbackClients.translate(client, "de", line);
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }
}
