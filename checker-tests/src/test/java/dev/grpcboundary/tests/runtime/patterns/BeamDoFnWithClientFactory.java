package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * Good (Beam): the DoFn ships a serializable factory that returns a client (it captures only the
 * target string) and calls it in {@code @Setup} on the worker.
 */
public final class BeamDoFnWithClientFactory extends DoFn<String, String> {
  private final SerializableFunction<Void, TranslationServiceClient> newClient;
  private transient TranslationServiceClient client;

  public BeamDoFnWithClientFactory(SerializableFunction<Void, TranslationServiceClient> newClient) {
    this.newClient = newClient;
  }

  public static BeamDoFnWithClientFactory forTarget(String target) {
    return new BeamDoFnWithClientFactory(unused -> LoopbackClients.translationClient(target));
  }

  @Setup
  public void setup() {
    client = newClient.apply(null);
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
