package dev.grpcboundary.tests.runtime.hazelcast.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * Good (Hazelcast): the task ships configuration (the target string) and builds its client on the
 * member that runs it, closing it when done.
 */
public final class HazelcastTaskShipsTarget implements Callable<String>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String target;
  private final String text;

  public HazelcastTaskShipsTarget(String target, String text) {
    this.target = target;
    this.text = text;
  }

  @Override
  public String call() {
    try (TranslationServiceClient client = LoopbackClients.translationClient(target)) {
      return LoopbackClients.translate(client, "de", text);
    }
  }
}
