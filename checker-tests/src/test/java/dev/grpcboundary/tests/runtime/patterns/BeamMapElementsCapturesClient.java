package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Bad (Beam): a {@code MapElements} lambda captures the driver's client. */
public final class BeamMapElementsCapturesClient {
  public static PCollection<String> translate(
      PCollection<String> lines, TranslationServiceClient client) {
    return lines.apply(
        MapElements.into(TypeDescriptors.strings())
            // BUG: Diagnostic contains: the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with `IllegalArgumentException: unable to serialize
            .via((String line) -> LoopbackClients.translate(client, "de", line)));
  }

  private BeamMapElementsCapturesClient() {}
}
