package dev.grpcboundary.tests.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.patterns.SparkDriverStaticClient;
import dev.grpcboundary.tests.runtime.patterns.SparkMapCapturesClient;
import dev.grpcboundary.tests.runtime.patterns.SparkMapPartitionsCreatesClient;
import dev.grpcboundary.tests.runtime.patterns.SparkPerJvmClientHolder;
import java.io.NotSerializableException;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The Spark patterns on a real Spark in local mode ({@code local[2]}: the driver serializes every
 * task and the executor threads deserialize their own copies) against a real Translate server on
 * loopback. Each test also compiles the pattern's own source with the plugin.
 */
public final class SparkRuntimeTest {
  private static final List<String> LINES = List.of("hello", "world", "good morning", "thanks");

  @ClassRule public static final TranslateServer server = new TranslateServer();
  private static JavaSparkContext spark;

  @BeforeClass
  public static void start() {
    // The per-JVM holder's configuration in this JVM (local mode: the executors' JVM too).
    System.setProperty(LoopbackClients.TARGET_PROPERTY, server.target());
    spark =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("grpc-boundary-runtime")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false"));
  }

  @AfterClass
  public static void stop() {
    if (spark != null) {
      spark.stop();
    }
    System.clearProperty(LoopbackClients.TARGET_PROPERTY);
  }

  private static JavaRDD<String> lines() {
    return spark.parallelize(LINES, 2);
  }

  private static List<String> german() {
    return LINES.stream().map(line -> TranslateServer.expected("de", line)).toList();
  }

  @Test
  public void mapCapturingClient_failsTaskNotSerializable() {
    int callsBefore = server.calls();
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      // The client works on the driver...
      assertEquals(
          TranslateServer.expected("de", "hi"), LoopbackClients.translate(client, "de", "hi"));
      // ...but map() itself throws, before any action runs: Spark's ClosureCleaner serializes
      // the closure when the transformation is defined.
      SparkException thrown =
          assertThrows(
              SparkException.class, () -> SparkMapCapturesClient.translate(lines(), client));
      assertEquals("Task not serializable", thrown.getMessage());
      assertTrue(thrown.getCause() instanceof NotSerializableException);
      // The message is the class, then Spark's "Serialization stack:" lines.
      assertEquals(
          TranslationServiceClient.class.getName(),
          thrown.getCause().getMessage().lines().findFirst().get());
    }
    assertEquals("only the driver's own call reached the server", callsBefore + 1, server.calls());
    PatternSource.of(SparkMapCapturesClient.class).assertFlagged();
  }

  @Test
  public void mapPartitionsCreatingClient_translatesOnExecutors() {
    assertEquals(
        german(), SparkMapPartitionsCreatesClient.translate(lines(), server.target()).collect());
    PatternSource.of(SparkMapPartitionsCreatesClient.class).assertNotFlagged();
  }

  @Test
  public void perJvmHolder_translatesOnExecutors() {
    assertEquals(german(), SparkPerJvmClientHolder.translate(lines()).collect());
    PatternSource.of(SparkPerJvmClientHolder.class).assertNotFlagged();
  }

  /**
   * Local mode hides a driver-only static: its executors are threads of the driver's JVM, so they
   * see the driver's static. {@code SecondJvmRuntimeTest} shows the same closure failing in another
   * JVM; the plugin flags the source either way.
   */
  @Test
  public void staticSetOnDriver_localModeHidesIt() {
    SparkDriverStaticClient.main(new String[] {server.target()});
    assertEquals(german(), SparkDriverStaticClient.translate(lines()).collect());
    PatternSource.of(SparkDriverStaticClient.class).assertFlagged();
  }
}
