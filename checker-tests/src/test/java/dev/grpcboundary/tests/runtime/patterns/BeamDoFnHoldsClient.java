package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.beam.sdk.transforms.DoFn;

/** Bad (Beam): the DoFn holds the driver's client, so Beam tries to serialize it. */
public final class BeamDoFnHoldsClient extends DoFn<String, String> {
  // BUG: Diagnostic contains: the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with `IllegalArgumentException: unable to serialize
  private final TranslationServiceClient client;

  public BeamDoFnHoldsClient(TranslationServiceClient client) {
    this.client = client;
  }

  @ProcessElement
  public void process(@Element String line, OutputReceiver<String> out) {
    out.output(LoopbackClients.translate(client, "de", line));
  }
}
