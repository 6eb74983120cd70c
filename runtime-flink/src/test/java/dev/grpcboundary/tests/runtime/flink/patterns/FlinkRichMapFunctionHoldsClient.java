package dev.grpcboundary.tests.runtime.flink.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Bad (Flink): a rich function holds the client the job's main built. */
public final class FlinkRichMapFunctionHoldsClient extends RichMapFunction<String, String> {
  // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `FlinkRichMapFunctionHoldsClient`, which Flink serializes and ships to task managers
  private final TranslationServiceClient client;

  public FlinkRichMapFunctionHoldsClient(TranslationServiceClient client) {
    this.client = client;
  }

  @Override
  public String map(String line) {
    return LoopbackClients.translate(client, "de", line);
  }
}
