package dev.grpcboundary;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Statics set only on the driver, and transient clients that arrive as null. */
@RunWith(JUnit4.class)
public final class StaticAndTransientFieldsTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void sparkLambdaReadsStaticSetInMain() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              static TranslationServiceClient client;

              public static void main(String[] args) throws Exception {
                client = TranslationServiceClient.create();
              }

              static JavaRDD<String> run(JavaRDD<String> lines) {
                return lines.map(
                    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a static field that its class's initialization leaves unset, and it is read by a lambda (Spark `Function`) that Spark serializes and ships to executors. Static fields are not shipped: on the receiving side `client` is null
                    line -> client.translateText("p", "de", List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void beamDoFnReadsDriverStaticOfAnotherClass() {
    helper
        .addSourceLines(
            "Clients.java",
            """
            import io.grpc.ManagedChannel;

            class Clients {
              static ManagedChannel channel;
            }
            """)
        .addSourceLines(
            "Fn.java",
            """
            import org.apache.beam.sdk.transforms.DoFn;

            class Fn extends DoFn<String, String> {
              Fn() {
                // The constructor runs on the driver: reading the static there is fine.
                System.out.println(Clients.channel);
              }

              @ProcessElement
              public void process(@Element String line, OutputReceiver<String> out) {
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a static field that its class's initialization leaves unset, and it is read by class `Fn`, which Beam serializes
                out.output(Clients.channel.authority() + line);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void staticsWithLazyAccessorInitializerOrWorkerSideAssignment_noFinding() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.IOException;
            import java.util.Iterator;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              private static TranslationServiceClient client;
              private static final ManagedChannel EAGER = ManagedChannelBuilder.forTarget("x:1").build();
              private static ManagedChannel fromStaticBlock;
              private static final ManagedChannel FINAL_FROM_STATIC_BLOCK;
              private static ManagedChannel perPartition;

              static {
                fromStaticBlock = ManagedChannelBuilder.forTarget("y:1").build();
                FINAL_FROM_STATIC_BLOCK = ManagedChannelBuilder.forTarget("w:1").build();
              }

              static synchronized TranslationServiceClient client() throws IOException {
                if (client == null) {
                  client = TranslationServiceClient.create();
                }
                return client;
              }

              static void ensureClient() throws IOException {
                if (client == null) {
                  client = TranslationServiceClient.create();
                }
              }

              static void run(JavaRDD<String> lines) {
                lines.foreach(line -> System.out.println(client().getSettings() + line));
                lines.foreach(line -> System.out.println(EAGER.authority() + fromStaticBlock.authority()));
                lines.foreach(line -> System.out.println(FINAL_FROM_STATIC_BLOCK.authority()));
                lines.foreach(
                    line -> {
                      ensureClient();
                      System.out.println(client.getSettings());
                    });
                lines.foreachPartition(
                    (Iterator<String> partition) -> {
                      perPartition = ManagedChannelBuilder.forTarget("z:1").build();
                      System.out.println(perPartition.authority());
                    });
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableDriverClassReadsStaticOutsideShippedCode_noFinding() {
    helper
        .addSourceLines(
            "Driver.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;

            class Driver implements Serializable {
              static ManagedChannel channel;

              void report() {
                // A plain Serializable class's methods run where they are called.
                System.out.println(channel.authority());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void transientClientSetInInstanceInitializerBlock() {
    helper
        .addSourceLines(
            "Fn.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import org.apache.beam.sdk.transforms.DoFn;

            class Fn extends DoFn<String, String> {
              // BUG: Diagnostic contains: It is set only in an instance initializer block, which runs where the object is created
              private transient ManagedChannel channel;

              {
                channel = ManagedChannelBuilder.forTarget("x:1").build();
              }

              @ProcessElement
              public void process(@Element String line, OutputReceiver<String> out) {
                out.output(channel.authority() + line);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void transientClientSetAtDeclarationOrInConstructor() {
    helper
        .addSourceLines(
            "Fns.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import org.apache.flink.api.common.functions.RichMapFunction;
            import org.apache.spark.api.java.function.Function;

            class Fns {
              static class Translate extends RichMapFunction<String, String> {
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a transient field of class `Translate`, which Flink serializes and ships to task managers. It is set only at its declaration, which runs where the object is created, so after deserialization on the receiving side it is null
                private final transient ManagedChannel channel = ManagedChannelBuilder.forTarget("x:1").build();

                @Override
                public String map(String line) {
                  return channel.authority() + line;
                }
              }

              static class Lookup implements Function<String, String> {
                // BUG: Diagnostic contains: It is set only in a constructor
                private transient TranslationServiceClient client;

                Lookup() throws Exception {
                  client = TranslationServiceClient.create();
                }

                @Override
                public String call(String line) {
                  return client.getSettings() + line;
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void transientClientRecreatedOnReceivingSide_noFinding() {
    helper
        .addSourceLines(
            "Fns.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.IOException;
            import java.io.ObjectInputStream;
            import java.io.Serializable;
            import org.apache.beam.sdk.transforms.DoFn;
            import org.apache.spark.api.java.function.Function;

            class Fns {
              static class Bundled extends DoFn<String, String> {
                private transient TranslationServiceClient client;

                Bundled() throws IOException {
                  client = TranslationServiceClient.create();
                }

                @StartBundle
                public void startBundle() throws IOException {
                  client = TranslationServiceClient.create();
                }

                @ProcessElement
                public void process(@Element String line) {}
              }

              static class Rebuilt implements Serializable {
                private transient TranslationServiceClient client = create();

                private static TranslationServiceClient create() {
                  try {
                    return TranslationServiceClient.create();
                  } catch (IOException e) {
                    throw new RuntimeException(e);
                  }
                }

                private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
                  in.defaultReadObject();
                  client = create();
                }
              }

              static class NullChecked implements Function<String, String> {
                private transient TranslationServiceClient client;

                NullChecked() throws IOException {
                  client = TranslationServiceClient.create();
                }

                @Override
                public String call(String line) throws IOException {
                  if (client == null) {
                    client = TranslationServiceClient.create();
                  }
                  return client.getSettings() + line;
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void transientBeamClientMovesIntoSetup() {
    String output =
        """
        import io.grpc.ManagedChannel;
        import io.grpc.ManagedChannelBuilder;
        import org.apache.beam.sdk.transforms.DoFn;

        class Fn extends DoFn<String, String> {
          private transient ManagedChannel channel;

          @Setup
          public void setup() {
            channel = ManagedChannelBuilder.forTarget("x:1").build();
          }

          @Teardown
          public void teardown() {
            if (channel != null) {
              channel.shutdown();
            }
          }

          @ProcessElement
          public void process(@Element String line, OutputReceiver<String> out) {
            out.output(channel.authority() + line);
          }
        }
        """;
    BugCheckerRefactoringTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass())
        .addInputLines(
            "Fn.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import org.apache.beam.sdk.transforms.DoFn;

            class Fn extends DoFn<String, String> {
              private transient ManagedChannel channel = ManagedChannelBuilder.forTarget("x:1").build();

              @ProcessElement
              public void process(@Element String line, OutputReceiver<String> out) {
                out.output(channel.authority() + line);
              }
            }
            """)
        .addOutputLines("Fn.java", output)
        .doTest(TestMode.TEXT_MATCH);
    helper.addSourceLines("Fn.java", output).expectNoDiagnostics().doTest();
  }
}
