package dev.grpcboundary.tests.runtime.hazelcast.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import java.util.concurrent.Callable;

/**
 * Bad (Hazelcast): a task that is not even {@code Serializable} holds the submitting member's
 * client. Hazelcast 5 does not refuse it for that: it falls back to its own reflective (compact)
 * serialization of the task's fields.
 */
public final class HazelcastPlainTaskHoldsClient implements Callable<String> {
  private final TranslationServiceClient client;
  private final String text;

  public HazelcastPlainTaskHoldsClient(TranslationServiceClient client, String text) {
    this.client = client;
    this.text = text;
  }

  @Override
  public String call() {
    return LoopbackClients.translate(client, "de", text);
  }
}
