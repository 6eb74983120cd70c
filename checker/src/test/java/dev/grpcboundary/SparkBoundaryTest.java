package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Spark closures, UDFs and broadcasts shipped to executors. */
@RunWith(JUnit4.class)
public final class SparkBoundaryTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void sparkMapCapturesLocalClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(JavaRDD<String> lines) throws Exception {
                TranslationServiceClient client = TranslationServiceClient.create();
                return lines.map(
                    line ->
                        // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (`Function`) that Spark serializes and ships to executors: the job fails on the driver with `SparkException: Task not serializable`
                        client.translateText("projects/p", "de", java.util.List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }
}
