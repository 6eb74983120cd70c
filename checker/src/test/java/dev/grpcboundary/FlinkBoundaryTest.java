package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Flink functions shipped to task managers. */
@RunWith(JUnit4.class)
public final class FlinkBoundaryTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void flinkMapLambdaCapturesClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.flink.streaming.api.datastream.DataStream;

            class Job {
              DataStream<String> run(DataStream<String> lines, TranslationServiceClient client) {
                return lines.map(
                    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Flink `MapFunction`) that Flink serializes and ships to task managers:
                    line -> client.translateText("p", "de", List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void flinkRichMapFunctionHoldsStub() {
    helper
        .addSourceLines(
            "TranslateFn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceGrpc;
            import com.google.cloud.translate.v3.TranslationServiceGrpc.TranslationServiceBlockingStub;
            import io.grpc.ManagedChannelBuilder;
            import org.apache.flink.api.common.functions.RichMapFunction;

            class TranslateFn extends RichMapFunction<String, String> {
              // BUG: Diagnostic contains: `stub` (TranslationServiceBlockingStub, a gRPC client) is a field of class `TranslateFn`, which Flink serializes
              private final TranslationServiceBlockingStub stub =
                  TranslationServiceGrpc.newBlockingStub(
                      ManagedChannelBuilder.forTarget("translate.googleapis.com").build());

              @Override
              public String map(String line) {
                return stub.toString() + line;
              }
            }
            """)
        .doTest();
  }

  @Test
  public void flinkRichFunctionCreatesClientInOpen_noFinding() {
    helper
        .addSourceLines(
            "TranslateFn.java",
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
              public String map(String line) {
                return client.toString() + line;
              }

              @Override
              public void close() {
                client.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void flinkFieldSetOnlyInOpenIsNullWhenShipped_noFinding() {
    helper
        .addSourceLines(
            "TranslateFn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import org.apache.flink.api.common.functions.OpenContext;
            import org.apache.flink.api.common.functions.RichMapFunction;

            class TranslateFn extends RichMapFunction<String, String> {
              private TranslationServiceClient client;

              @Override
              public void open(OpenContext openContext) throws Exception {
                client = TranslationServiceClient.create();
              }

              @Override
              public String map(String line) {
                return client.getSettings() + line;
              }
            }
            """)
        .doTest();
  }

  @Test
  public void tableFunctionsOpenOnTaskManager() {
    helper
        .addSourceLines(
            "Udfs.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.flink.table.functions.FunctionContext;
            import org.apache.flink.table.functions.ScalarFunction;

            class Udfs {
              /** Created in open(), on the task manager: null when the function is shipped. */
              public static class Translate extends ScalarFunction {
                private TranslationServiceClient client;

                @Override
                public void open(FunctionContext context) throws Exception {
                  client = TranslationServiceClient.create();
                }

                public String eval(String text) {
                  return client.translateText("p", "de", List.of(text)).toString();
                }

                @Override
                public void close() {
                  client.close();
                }
              }

              public static class TranslateWith extends ScalarFunction {
                // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `TranslateWith`, which Flink serializes and ships to task managers
                private final TranslationServiceClient client;

                public TranslateWith(TranslationServiceClient client) {
                  this.client = client;
                }

                public String eval(String text) {
                  return client.translateText("p", "de", List.of(text)).toString();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void clientCreatedLazilyInProcessElement_noFinding() {
    helper
        .addSourceLines(
            "Enrich.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
            import org.apache.flink.util.Collector;

            /** processElement runs on the task manager: the client is null when shipped. */
            class Enrich extends KeyedProcessFunction<String, String, String> {
              private TranslationServiceClient client;

              @Override
              public void processElement(String text, Context context, Collector<String> out)
                  throws Exception {
                if (client == null) {
                  client = TranslationServiceClient.create();
                }
                out.collect(client.translateText("p", "de", List.of(text)).toString());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void recordSchemasOpenOnTaskManager() {
    helper
        .addSourceLines(
            "Schemas.java",
            """
            import com.google.cloud.pubsub.v1.SchemaServiceClient;
            import java.nio.charset.StandardCharsets;
            import org.apache.flink.api.common.serialization.DeserializationSchema;
            import org.apache.flink.api.common.typeinfo.TypeInformation;
            import org.apache.flink.api.common.typeinfo.Types;

            class Schemas {
              /** The schema client is created in open(), on the task manager. */
              static class Validated implements DeserializationSchema<String> {
                private final String schema;
                private SchemaServiceClient schemas;

                Validated(String schema) {
                  this.schema = schema;
                }

                @Override
                public void open(InitializationContext context) throws Exception {
                  schemas = SchemaServiceClient.create();
                }

                @Override
                public String deserialize(byte[] message) {
                  schemas.getSchema(schema);
                  return new String(message, StandardCharsets.UTF_8);
                }

                @Override
                public boolean isEndOfStream(String next) {
                  return false;
                }

                @Override
                public TypeInformation<String> getProducedType() {
                  return Types.STRING;
                }
              }

              static class Eager implements DeserializationSchema<String> {
                // BUG: Diagnostic contains: `schemas` (SchemaServiceClient, a gRPC client) is a field of class `Eager`, which Flink serializes and ships to task managers
                private final SchemaServiceClient schemas;

                Eager(SchemaServiceClient schemas) {
                  this.schemas = schemas;
                }

                @Override
                public String deserialize(byte[] message) {
                  return new String(message, StandardCharsets.UTF_8);
                }

                @Override
                public boolean isEndOfStream(String next) {
                  return false;
                }

                @Override
                public TypeInformation<String> getProducedType() {
                  return Types.STRING;
                }
              }
            }
            """)
        .doTest();
  }
}
