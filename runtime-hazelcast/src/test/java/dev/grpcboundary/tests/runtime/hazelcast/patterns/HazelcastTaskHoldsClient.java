package dev.grpcboundary.tests.runtime.hazelcast.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import java.io.Serializable;
import java.util.concurrent.Callable;

/** Bad (Hazelcast): a task for {@code IExecutorService} holds the submitting member's client. */
public final class HazelcastTaskHoldsClient implements Callable<String>, Serializable {
  private static final long serialVersionUID = 1L;

  // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `HazelcastTaskHoldsClient`
  private final TranslationServiceClient client;
  private final String text;

  public HazelcastTaskHoldsClient(TranslationServiceClient client, String text) {
    this.client = client;
    this.text = text;
  }

  @Override
  public String call() {
    return LoopbackClients.translate(client, "de", text);
  }
}
