package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Bad (Beam): the driver's client in a transient field set in the constructor — the usual
 * "fix" for {@code unable to serialize}. Serialization now skips the field, so every
 * deserialized copy of the DoFn has {@code null} there.
 */
public final class BeamDoFnTransientClientFromConstructor extends DoFn<String, String> {
  // BUG: Diagnostic contains: It is set only in a constructor
  private final transient TranslationServiceClient client;

  public BeamDoFnTransientClientFromConstructor(TranslationServiceClient client) {
    this.client = client;
  }

  @ProcessElement
  public void process(@Element String line, OutputReceiver<String> out) {
    out.output(LoopbackClients.translate(client, "de", line));
  }
}
