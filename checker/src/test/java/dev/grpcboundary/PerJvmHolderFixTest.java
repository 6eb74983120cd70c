package dev.grpcboundary;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The suggested fix for a local client captured by a shipped lambda: the client moves into a
 * per-JVM holder class. Every output is compiled again and must draw no finding from either check.
 */
@RunWith(JUnit4.class)
public final class PerJvmHolderFixTest {

  private final BoundaryFixAssertions fixes = new BoundaryFixAssertions(getClass());

  @Test
  public void sparkMapClientMovesToHolderThatWrapsCheckedException() {
    fixes.assertFix(
        "Job.java",
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import java.io.IOException;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Job {
          JavaRDD<String> run(JavaRDD<String> lines) throws IOException {
            TranslationServiceClient client = TranslationServiceClient.create();
            return lines.map(line -> client.translateText("p", "de", List.of(line)).toString());
          }
        }
        """,
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import java.io.IOException;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Job {
          JavaRDD<String> run(JavaRDD<String> lines) throws IOException {
            return lines.map(line -> ClientHolder.CLIENT.translateText("p", "de", List.of(line)).toString());
          }

          /** One {@code TranslationServiceClient} per JVM, created on first use in the JVM that uses it. */
          private static final class ClientHolder {
            static final TranslationServiceClient CLIENT = create();

            private static TranslationServiceClient create() {
              try {
                return TranslationServiceClient.create();
              } catch (IOException e) {
                throw new IllegalStateException("Cannot create client", e);
              }
            }
          }
        }
        """);
  }

  @Test
  public void beamLambdaChannelWithoutCheckedExceptionIsCreatedInline() {
    fixes.assertFix(
        "Pipeline.java",
        """
        import io.grpc.ManagedChannel;
        import io.grpc.ManagedChannelBuilder;
        import org.apache.beam.sdk.transforms.MapElements;
        import org.apache.beam.sdk.values.TypeDescriptors;

        class Pipeline {
          static final String TARGET = "localhost:50051";

          MapElements<String, String> authorities() {
            ManagedChannel grpcChannel = ManagedChannelBuilder.forTarget(TARGET).usePlaintext().build();
            return MapElements.into(TypeDescriptors.strings())
                .via((String line) -> grpcChannel.authority() + line);
          }
        }
        """,
        """
        import io.grpc.ManagedChannel;
        import io.grpc.ManagedChannelBuilder;
        import org.apache.beam.sdk.transforms.MapElements;
        import org.apache.beam.sdk.values.TypeDescriptors;

        class Pipeline {
          static final String TARGET = "localhost:50051";

          MapElements<String, String> authorities() {
            return MapElements.into(TypeDescriptors.strings())
                .via((String line) -> GrpcChannelHolder.GRPC_CHANNEL.authority() + line);
          }

          /** One {@code ManagedChannel} per JVM, created on first use in the JVM that uses it. */
          private static final class GrpcChannelHolder {
            static final ManagedChannel GRPC_CHANNEL = ManagedChannelBuilder.forTarget(TARGET).usePlaintext().build();
          }
        }
        """);
  }

  @Test
  public void initializerUsingAParameter_noFix() {
    // The settings exist only on the driver; a holder on the executor could not see them.
    fixes.assertNoFix(
        "Job.java",
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import com.google.cloud.translate.v3.TranslationServiceSettings;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Job {
          JavaRDD<String> run(JavaRDD<String> lines, TranslationServiceSettings settings)
              throws Exception {
            TranslationServiceClient client = TranslationServiceClient.create(settings);
            return lines.map(line -> client.translateText("p", "de", List.of(line)).toString());
          }
        }
        """);
  }

  @Test
  public void clientAlsoUsedOnTheDriver_noFix() {
    fixes.assertNoFix(
        "Job.java",
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Job {
          JavaRDD<String> run(JavaRDD<String> lines) throws Exception {
            TranslationServiceClient client = TranslationServiceClient.create();
            client.translateText("p", "de", List.of("warm-up"));
            return lines.map(line -> client.translateText("p", "de", List.of(line)).toString());
          }
        }
        """);
  }

  @Test
  public void sameLocalNameInTwoMethods_noFix() {
    // Each method's fix would add a ClientHolder; together they would not compile.
    fixes.assertNoFix(
        "Job.java",
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Job {
          JavaRDD<String> toGerman(JavaRDD<String> lines) throws Exception {
            TranslationServiceClient client = TranslationServiceClient.create();
            return lines.map(line -> client.translateText("p", "de", List.of(line)).toString());
          }

          JavaRDD<String> toFrench(JavaRDD<String> lines) throws Exception {
            TranslationServiceClient client = TranslationServiceClient.create();
            return lines.map(line -> client.translateText("p", "fr", List.of(line)).toString());
          }
        }
        """);
  }
}
