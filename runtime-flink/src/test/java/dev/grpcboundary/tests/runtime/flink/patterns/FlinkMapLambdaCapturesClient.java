package dev.grpcboundary.tests.runtime.flink.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Bad (Flink): a {@code map} lambda captures the client the job's main built. */
public final class FlinkMapLambdaCapturesClient {
  public static DataStream<String> translate(
      DataStream<String> lines, TranslationServiceClient client) {
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Flink `MapFunction`) that Flink serializes and ships to task managers
    return lines.map(line -> LoopbackClients.translate(client, "de", line));
  }

  private FlinkMapLambdaCapturesClient() {}
}
