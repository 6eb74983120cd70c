package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Bad (Beam): the DoFn reads a static set by the driver's {@code main}. A worker JVM's static was
 * never set; the DirectRunner runs the DoFn in the driver's JVM and hides it.
 */
public final class BeamDoFnReadsDriverStatic extends DoFn<String, String> {
  static TranslationServiceClient client;

  /** The job's entry point, on the driver. */
  public static final class Driver {
    public static void main(String[] args) {
      client = LoopbackClients.translationClient(args[0]);
    }

    private Driver() {}
  }

  @ProcessElement
  public void process(@Element String line, OutputReceiver<String> out) {
    // BUG: Diagnostic contains: `client`
    out.output(LoopbackClients.translate(client, "de", line));
  }
}
