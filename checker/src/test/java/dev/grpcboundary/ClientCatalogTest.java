package dev.grpcboundary;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import dev.grpcboundary.client.ClientCatalog;
import dev.grpcboundary.client.KnownClientTypes;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Clients known only through the generated catalog: handwritten interfaces with no stub field. */
@RunWith(JUnit4.class)
public final class ClientCatalogTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void catalogIsLoadedIntoTheRoots() {
    assertTrue(ClientCatalog.TYPES.contains("com.google.cloud.spanner.DatabaseClient"));
    assertTrue(KnownClientTypes.ROOTS.containsAll(ClientCatalog.TYPES));
    assertFalse(ClientCatalog.TYPES.contains("com.google.cloud.spanner.SpannerOptions"));
    for (String type : ClientCatalog.TYPES) {
      assertFalse(type, type.isBlank() || type.startsWith("#") || type.contains(" "));
    }
  }

  @Test
  public void spannerDatabaseClientCapturedBySparkMapIsReported() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.spanner.DatabaseClient;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(JavaRDD<String> keys, DatabaseClient db) {
                // BUG: Diagnostic contains: `db` (DatabaseClient, a gRPC client) is captured
                return keys.map(key -> db + key);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void spannerOptionsCapturedBySparkMapIsNot() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.spanner.SpannerOptions;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(JavaRDD<String> keys, SpannerOptions options) {
                return keys.map(key -> options.getProjectId() + key);
              }
            }
            """)
        .doTest();
  }
}
