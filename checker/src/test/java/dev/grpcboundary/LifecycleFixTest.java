package dev.grpcboundary;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The suggested fix for client fields of Beam DoFns and Flink rich functions. Every output is also
 * compiled again, and must compile without a finding.
 */
@RunWith(JUnit4.class)
public final class LifecycleFixTest {

  private final BoundaryFixAssertions fixes = new BoundaryFixAssertions(getClass());

  @Test
  public void beamDoFnClientFieldMovesToSetupAndTeardown() {
    fixes.assertFix(
        "TranslateFn.java",
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import java.util.List;
        import org.apache.beam.sdk.transforms.DoFn;

        class TranslateFn extends DoFn<String, String> {
          private final TranslationServiceClient client = TranslationServiceClient.create();

          TranslateFn() throws Exception {}

          @ProcessElement
          public void process(@Element String line, OutputReceiver<String> out) {
            out.output(client.translateText("p", "de", List.of(line)).toString());
          }
        }
        """,
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import java.util.List;
        import org.apache.beam.sdk.transforms.DoFn;

        class TranslateFn extends DoFn<String, String> {
          private transient TranslationServiceClient client;

          @Setup
          public void setup() throws Exception {
            client = TranslationServiceClient.create();
          }

          @Teardown
          public void teardown() {
            if (client != null) {
              client.close();
            }
          }

          TranslateFn() throws Exception {}

          @ProcessElement
          public void process(@Element String line, OutputReceiver<String> out) {
            out.output(client.translateText("p", "de", List.of(line)).toString());
          }
        }
        """);
  }

  @Test
  public void beamDoFnFixAppendsToExistingSetup() {
    fixes.assertFix(
        "Fn.java",
        """
        import io.grpc.ManagedChannel;
        import io.grpc.ManagedChannelBuilder;
        import org.apache.beam.sdk.transforms.DoFn;

        class Fn extends DoFn<String, String> {
          private ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:50051").build();
          private transient StringBuilder buffer;

          @Setup
          public void prepare() {
            buffer = new StringBuilder();
          }

          @ProcessElement
          public void process(@Element String line) {}
        }
        """,
        """
        import io.grpc.ManagedChannel;
        import io.grpc.ManagedChannelBuilder;
        import org.apache.beam.sdk.transforms.DoFn;

        class Fn extends DoFn<String, String> {
          private transient ManagedChannel channel;

          @Teardown
          public void teardown() {
            if (channel != null) {
              channel.shutdown();
            }
          }
          private transient StringBuilder buffer;

          @Setup
          public void prepare() {
            buffer = new StringBuilder();
            channel = ManagedChannelBuilder.forTarget("localhost:50051").build();
          }

          @ProcessElement
          public void process(@Element String line) {}
        }
        """);
  }

  @Test
  public void flinkRichMapFunctionClientFieldMovesToOpenAndClose() {
    fixes.assertFix(
        "TranslateFn.java",
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import org.apache.flink.api.common.functions.RichMapFunction;

        class TranslateFn extends RichMapFunction<String, String> {
          private final TranslationServiceClient client = TranslationServiceClient.create();

          TranslateFn() throws Exception {}

          @Override
          public String map(String line) {
            return client.toString() + line;
          }
        }
        """,
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import org.apache.flink.api.common.functions.OpenContext;
        import org.apache.flink.api.common.functions.RichMapFunction;

        class TranslateFn extends RichMapFunction<String, String> {
          private transient TranslationServiceClient client;

          @Override
          public void open(OpenContext openContext) throws Exception {
            client = TranslationServiceClient.create();
          }

          @Override
          public void close() {
            if (client != null) {
              client.close();
            }
          }

          TranslateFn() throws Exception {}

          @Override
          public String map(String line) {
            return client.toString() + line;
          }
        }
        """);
  }

  @Test
  public void twoClientFieldsShareOneSetupMethod() {
    fixes.assertFix(
        "Fn.java",
        """
        import com.google.cloud.dialogflow.cx.v3.SessionsClient;
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import org.apache.beam.sdk.transforms.DoFn;

        class Fn extends DoFn<String, String> {
          final TranslationServiceClient translate = TranslationServiceClient.create();
          final SessionsClient sessions = SessionsClient.create();

          Fn() throws Exception {}

          @ProcessElement
          public void process(@Element String line) {}
        }
        """,
        """
        import com.google.cloud.dialogflow.cx.v3.SessionsClient;
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import org.apache.beam.sdk.transforms.DoFn;

        class Fn extends DoFn<String, String> {
          transient TranslationServiceClient translate;
          transient SessionsClient sessions;

          @Setup
          public void setup() throws Exception {
            translate = TranslationServiceClient.create();
            sessions = SessionsClient.create();
          }

          @Teardown
          public void teardown() {
            if (translate != null) {
              translate.close();
            }
            if (sessions != null) {
              sessions.close();
            }
          }

          Fn() throws Exception {}

          @ProcessElement
          public void process(@Element String line) {}
        }
        """);
  }

  @Test
  public void fieldSetFromConstructorParameterGetsNoFix() {
    BugCheckerRefactoringTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass())
        .addInputLines(
            "Fn.java",
            """
            import io.grpc.ManagedChannel;
            import org.apache.beam.sdk.transforms.DoFn;

            class Fn extends DoFn<String, String> {
              private final ManagedChannel channel;

              Fn(ManagedChannel channel) {
                this.channel = channel;
              }

              @ProcessElement
              public void process(@Element String line) {}
            }
            """)
        .expectUnchanged()
        .doTest();
  }

  @Test
  public void beamDoFnFixWidensExistingSetupAndAppendsToExistingTeardown() {
    fixes.assertFix(
        "Fn.java",
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import org.apache.beam.sdk.transforms.DoFn;

        class Fn extends DoFn<String, String> {
          private final TranslationServiceClient client = TranslationServiceClient.create();
          private transient StringBuilder buffer;

          Fn() throws Exception {}

          @Setup
          public void prepare() {
            buffer = new StringBuilder();
          }

          @ProcessElement
          public void process(@Element String line) {}

          @Teardown
          public void finish() {
            buffer = null;
          }
        }
        """,
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import org.apache.beam.sdk.transforms.DoFn;

        class Fn extends DoFn<String, String> {
          private transient TranslationServiceClient client;
          private transient StringBuilder buffer;

          Fn() throws Exception {}

          @Setup
          public void prepare() throws Exception {
            buffer = new StringBuilder();
            client = TranslationServiceClient.create();
          }

          @ProcessElement
          public void process(@Element String line) {}

          @Teardown
          public void finish() {
            buffer = null;
            if (client != null) {
              client.close();
            }
          }
        }
        """);
  }
}
