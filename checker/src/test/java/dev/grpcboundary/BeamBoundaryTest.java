package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Beam DoFns and SerializableFunctions shipped to workers. */
@RunWith(JUnit4.class)
public final class BeamBoundaryTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void beamMapElementsCapturesClient() {
    helper
        .addSourceLines(
            "Pipeline.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.beam.sdk.transforms.MapElements;
            import org.apache.beam.sdk.values.PCollection;
            import org.apache.beam.sdk.values.TypeDescriptors;

            class Pipeline {
              PCollection<String> translate(PCollection<String> lines, TranslationServiceClient client) {
                return lines.apply(
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (String line) ->
                                // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Beam `SerializableFunction`) that Beam serializes and ships to workers: the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with `IllegalArgumentException: unable to serialize ...`. Create the client on the worker instead: in a DoFn, as a `transient` field built in `@Setup` and closed in `@Teardown`
                                client.translateText("p", "de", List.of(line)).toString()));
              }
            }
            """)
        .doTest();
  }

  /**
   * An inner DoFn that reads a field of its enclosing object is reported by what that field holds,
   * which can be a level deeper than what the enclosing object is counted as holding; one whose
   * enclosing object reaches no client is clean, and its body is not looked into.
   */
  @Test
  public void innerDoFnReadsEnclosingFieldWhoseClientSitsDeeperThanTheEnclosingObjectCounts() {
    helper
        .addSourceLines(
            "Enrichment.java",
            """
            import io.grpc.ManagedChannel;
            import org.apache.beam.sdk.transforms.DoFn;

            class Enrichment {
              static class Connection {
                ManagedChannel channel;
              }

              static class Pool {
                Connection connection;
              }

              static class Lookups {
                Pool pool;
              }

              // Three fields deep from here: Lookups holds a client, Enrichment itself does not.
              Lookups lookups;
              String table;

              class EnrichFn extends DoFn<String, String> {
                @ProcessElement
                public void process(@Element String key, OutputReceiver<String> out) {
                  // BUG: Diagnostic contains: `lookups` (Lookups, which holds a gRPC client: ManagedChannel in field `pool.connection.channel`) is read through `this` by inner class `EnrichFn`
                  out.output(lookups.toString() + key);
                }
              }

              static class Labels {
                String prefix;

                class LabelFn extends DoFn<String, String> {
                  @ProcessElement
                  public void process(@Element String key, OutputReceiver<String> out) {
                    out.output(prefix + key);
                  }
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamNamedDoFnHoldsClientField() {
    helper
        .addSourceLines(
            "TranslateFn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.beam.sdk.transforms.DoFn;

            class TranslateFn extends DoFn<String, String> {
              // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `TranslateFn`, which Beam serializes and ships to workers
              private final TranslationServiceClient client;

              TranslateFn(TranslationServiceClient client) {
                this.client = client;
              }

              @ProcessElement
              public void process(@Element String line, OutputReceiver<String> out) {
                out.output(client.translateText("p", "de", List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamAnonymousDoFnCapturesLocalClient() {
    helper
        .addSourceLines(
            "Pipeline.java",
            """
            import com.google.cloud.dialogflow.cx.v3.DetectIntentRequest;
            import com.google.cloud.dialogflow.cx.v3.SessionsClient;
            import org.apache.beam.sdk.transforms.DoFn;
            import org.apache.beam.sdk.transforms.ParDo;
            import org.apache.beam.sdk.values.PCollection;

            class Pipeline {
              static PCollection<String> detect(PCollection<DetectIntentRequest> requests)
                  throws Exception {
                SessionsClient sessions = SessionsClient.create();
                return requests.apply(
                    ParDo.of(
                        new DoFn<DetectIntentRequest, String>() {
                          @ProcessElement
                          public void process(
                              @Element DetectIntentRequest request, OutputReceiver<String> out) {
                            // BUG: Diagnostic contains: `sessions` (SessionsClient, a gRPC client) is captured by an anonymous Beam `DoFn`, which Beam serializes and ships to workers
                            out.output(sessions.detectIntent(request).toString());
                          }
                        }));
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamAnonymousDoFnInInstanceMethodKeepsClientHoldingOuterInstance() {
    helper
        .addSourceLines(
            "Pipeline.java",
            """
            import io.grpc.ManagedChannel;
            import org.apache.beam.sdk.transforms.DoFn;
            import org.apache.beam.sdk.transforms.ParDo;
            import org.apache.beam.sdk.values.PCollection;

            class Pipeline {
              private final ManagedChannel channel;

              Pipeline(ManagedChannel channel) {
                this.channel = channel;
              }

              PCollection<String> upper(PCollection<String> lines) {
                return lines.apply(
                    ParDo.of(
                        // BUG: Diagnostic contains: An anonymous Beam `DoFn`, which Beam serializes and ships to workers, keeps its enclosing instance (Pipeline, which holds a gRPC client: ManagedChannel in field `channel`)
                        new DoFn<String, String>() {
                          @ProcessElement
                          public void process(@Element String line, OutputReceiver<String> out) {
                            out.output(line.toUpperCase());
                          }
                        }));
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamDoFnCreatesClientInSetup_noFinding() {
    helper
        .addSourceLines(
            "TranslateFn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.beam.sdk.transforms.DoFn;

            class TranslateFn extends DoFn<String, String> {
              private final String project;
              private transient TranslationServiceClient client;

              TranslateFn(String project) {
                this.project = project;
              }

              @Setup
              public void setup() throws Exception {
                client = TranslationServiceClient.create();
              }

              @ProcessElement
              public void process(@Element String line, OutputReceiver<String> out) {
                out.output(client.translateText(project, "de", List.of(line)).toString());
              }

              @Teardown
              public void teardown() {
                client.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamSerializableFactoryField_noFinding() {
    helper
        .addSourceLines(
            "TranslateFn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import org.apache.beam.sdk.transforms.DoFn;
            import org.apache.beam.sdk.transforms.SerializableFunction;

            class TranslateFn extends DoFn<String, String> {
              private final SerializableFunction<Void, TranslationServiceClient> clientFactory;
              private transient TranslationServiceClient client;

              TranslateFn(SerializableFunction<Void, TranslationServiceClient> clientFactory) {
                this.clientFactory = clientFactory;
              }

              @Setup
              public void setup() {
                client = clientFactory.apply(null);
              }

              @ProcessElement
              public void process(@Element String line, OutputReceiver<String> out) {
                out.output(line + client);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamVendoredGrpcChannelInDoFn() {
    helper
        .addSourceLines(
            "Fn.java",
            """
            import org.apache.beam.sdk.transforms.DoFn;
            import org.apache.beam.vendor.grpc.v1p69p0.io.grpc.ManagedChannel;

            class Fn extends DoFn<String, String> {
              // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a field of class `Fn`
              ManagedChannel channel;

              @ProcessElement
              public void process(@Element String line) {}
            }
            """)
        .doTest();
  }

  @Test
  public void beamDoFnFieldSetOnlyInSetupIsNullWhenShipped_noFinding() {
    helper
        .addSourceLines(
            "DetectFn.java",
            """
            import com.google.cloud.dialogflow.cx.v3.SessionsClient;
            import org.apache.beam.sdk.transforms.DoFn;

            class DetectFn extends DoFn<String, String> {
              // Not transient, but null until @Setup runs on the worker: a null field ships fine.
              private SessionsClient sessions;

              @Setup
              public void setup() throws Exception {
                sessions = SessionsClient.create();
              }

              @ProcessElement
              public void process(@Element String text, OutputReceiver<String> out) {
                out.output(sessions.getSettings().getEndpoint() + text);
              }

              @Teardown
              public void teardown() {
                sessions.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamDoFnFieldSetBySetterBeforeShipping() {
    helper
        .addSourceLines(
            "DetectFn.java",
            """
            import com.google.cloud.dialogflow.cx.v3.SessionsClient;
            import org.apache.beam.sdk.transforms.DoFn;

            class DetectFn extends DoFn<String, String> {
              // BUG: Diagnostic contains: `sessions` (SessionsClient, a gRPC client) is a field of class `DetectFn`
              private SessionsClient sessions;

              DetectFn withSessions(SessionsClient sessions) {
                this.sessions = sessions;
                return this;
              }

              @ProcessElement
              public void process(@Element String text, OutputReceiver<String> out) {
                out.output(sessions.getSettings().getEndpoint() + text);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void clientCreatedLazilyByHelperOnlyReceivingSideCalls_noFinding() {
    helper
        .addSourceLines(
            "LazyFns.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.IOException;
            import java.io.Serializable;
            import java.util.List;
            import org.apache.beam.sdk.transforms.DoFn;

            class LazyFns {
              /** The client is null when the DoFn is serialized; the worker creates it on first use. */
              static class TranslateFn extends DoFn<String, String> {
                private TranslationServiceClient client;

                private TranslationServiceClient client() throws IOException {
                  if (client == null) {
                    client = TranslationServiceClient.create();
                  }
                  return client;
                }

                @ProcessElement
                public void process(@Element String line, OutputReceiver<String> out) throws IOException {
                  out.output(client().translateText("p", "de", List.of(line)).toString());
                }
              }

              /** A helper object shipped inside functions: its client is made where it is used. */
              static class Translator implements Serializable {
                private transient volatile TranslationServiceClient client;

                synchronized TranslationServiceClient client() throws IOException {
                  if (client == null) {
                    client = TranslationServiceClient.create();
                  }
                  return client;
                }
              }

              static class UsesTranslator extends DoFn<String, String> {
                private final Translator translator = new Translator();

                @ProcessElement
                public void process(@Element String line, OutputReceiver<String> out) throws IOException {
                  out.output(translator.client().translateText("p", "de", List.of(line)).toString());
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void clientCreatedLazilyByHelperThatDriverCodeAlsoCalls_isReported() {
    helper
        .addSourceLines(
            "LazyFn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.IOException;
            import java.util.List;
            import org.apache.beam.sdk.transforms.DoFn;

            class LazyFn extends DoFn<String, String> {
              // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `LazyFn`, which Beam serializes and ships to workers
              private TranslationServiceClient client;

              /** Called by the driver to check the settings, before the DoFn is shipped. */
              static LazyFn checked() throws IOException {
                LazyFn fn = new LazyFn();
                fn.client().getSettings();
                return fn;
              }

              private TranslationServiceClient client() throws IOException {
                if (client == null) {
                  client = TranslationServiceClient.create();
                }
                return client;
              }

              @ProcessElement
              public void process(@Element String line, OutputReceiver<String> out) throws IOException {
                out.output(client().translateText("p", "de", List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializablePipelineClassWithStaticDoFnsKeepsClientHome_anonymousDoFnTakesItAlong() {
    helper
        .addSourceLines(
            "Home.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import java.io.Serializable;
            import org.apache.beam.sdk.transforms.DoFn;
            import org.apache.beam.sdk.transforms.ParDo;
            import org.apache.beam.sdk.values.PCollection;

            /** Its DoFn is a static class: only the DoFn is shipped, the publisher stays here. */
            class Home implements Serializable {
              private final Publisher done;

              Home(Publisher done) {
                this.done = done;
              }

              static class Trim extends DoFn<String, String> {
                @ProcessElement
                public void process(@Element String line, OutputReceiver<String> out) {
                  out.output(line.trim());
                }
              }

              PCollection<String> build(PCollection<String> lines) {
                done.getTopicNameString();
                return lines.apply(ParDo.of(new Trim()));
              }
            }
            """)
        .addSourceLines(
            "Away.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import java.io.Serializable;
            import org.apache.beam.sdk.transforms.DoFn;
            import org.apache.beam.sdk.transforms.ParDo;
            import org.apache.beam.sdk.values.PCollection;

            class Away implements Serializable {
              // BUG: Diagnostic contains: `done` (Publisher, a gRPC client) is a field of class `Away`, which is serialized to cross into another process
              private final Publisher done;

              Away(Publisher done) {
                this.done = done;
              }

              PCollection<String> build(PCollection<String> lines) {
                return lines.apply(
                    ParDo.of(
                        // BUG: Diagnostic contains: keeps its enclosing instance
                        new DoFn<String, String>() {
                          @ProcessElement
                          public void process(@Element String line, OutputReceiver<String> out) {
                            out.output(line.trim());
                          }
                        }));
              }
            }
            """)
        .doTest();
  }
}
