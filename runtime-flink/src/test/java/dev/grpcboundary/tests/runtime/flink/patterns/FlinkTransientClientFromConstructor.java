package dev.grpcboundary.tests.runtime.flink.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Bad (Flink): the client in a transient field set in the constructor — the usual "fix" for
 * {@code is not serializable}. Flink now accepts the function, and every copy a task deserializes
 * from the job graph has {@code null} there.
 */
public final class FlinkTransientClientFromConstructor extends RichMapFunction<String, String> {
  // BUG: Diagnostic contains: It is set only in a constructor
  private final transient TranslationServiceClient client;

  public FlinkTransientClientFromConstructor(TranslationServiceClient client) {
    this.client = client;
  }

  @Override
  public String map(String line) {
    return LoopbackClients.translate(client, "de", line);
  }
}
