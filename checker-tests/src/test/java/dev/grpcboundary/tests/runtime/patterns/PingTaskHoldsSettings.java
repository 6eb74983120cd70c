package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * Not a finding, and still wrong: GAX settings are configuration, not a connection, so the check
 * does not report them; but they are not Serializable either, which is why the docs say to ship
 * strings (or {@code ServiceOptions}) instead.
 */
public final class PingTaskHoldsSettings implements Callable<String>, Serializable {
  private static final long serialVersionUID = 1L;

  private final TranslationServiceSettings settings;

  public PingTaskHoldsSettings(TranslationServiceSettings settings) {
    this.settings = settings;
  }

  @Override
  public String call() throws Exception {
    try (TranslationServiceClient client = TranslationServiceClient.create(settings)) {
      return LoopbackClients.translate(client, "fr", "ping");
    }
  }
}
