package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Good (Beam): the DoFn ships the target string; a transient client is created in {@code @Setup}
 * on the worker and closed in {@code @Teardown}.
 */
public final class BeamDoFnCreatesClientInSetup extends DoFn<String, String> {
  private final String target;
  private transient TranslationServiceClient client;

  public BeamDoFnCreatesClientInSetup(String target) {
    this.target = target;
  }

  @Setup
  public void setup() {
    client = LoopbackClients.translationClient(target);
  }

  @ProcessElement
  public void process(@Element String line, OutputReceiver<String> out) {
    out.output(LoopbackClients.translate(client, "de", line));
  }

  @Teardown
  public void teardown() {
    if (client != null) {
      client.close();
    }
  }
}
