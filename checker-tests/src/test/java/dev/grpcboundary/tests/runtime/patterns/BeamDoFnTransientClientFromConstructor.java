package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Bad (Beam): a transient client set in the constructor. Serialization skips it, so every
 * deserialized copy of the DoFn has {@code null} there.
 */
public final class BeamDoFnTransientClientFromConstructor extends DoFn<String, String> {
  // BUG: Diagnostic contains: It is set only in a constructor
  private final transient TranslationServiceClient client;

  public BeamDoFnTransientClientFromConstructor(String target) {
    this.client = LoopbackClients.translationClient(target);
  }

  @ProcessElement
  public void process(@Element String line, OutputReceiver<String> out) {
    out.output(LoopbackClients.translate(client, "de", line));
  }
}
