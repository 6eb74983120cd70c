package dev.grpcboundary.tests.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.grpcboundary.tests.runtime.SecondJvm.Outcome;
import dev.grpcboundary.tests.runtime.patterns.MemoizedClientSupplier;
import dev.grpcboundary.tests.runtime.patterns.PingTaskShipsTarget;
import dev.grpcboundary.tests.runtime.patterns.SparkDriverStaticClient;
import dev.grpcboundary.tests.runtime.patterns.SparkPerJvmClientHolder;
import java.util.Map;
import org.apache.spark.api.java.function.Function;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Closures and tasks serialized here (the driver) and run in a real second JVM on the same class
 * path (the executor), against a real Translate server on loopback: what local mode and in-process
 * runners cannot show. Each test also compiles the pattern's own source with the plugin.
 */
public final class SecondJvmRuntimeTest {
  @ClassRule public static final TranslateServer server = new TranslateServer();

  /** The executor's own configuration: where the server is, as its environment would tell it. */
  private static Map<String, String> executorConfiguration() {
    return Map.of(LoopbackClients.TARGET_PROPERTY, server.target());
  }

  private static void assertReturned(String expected, Outcome outcome) {
    assertTrue("expected a result, got:\n" + outcome.output(), outcome.returned());
    assertEquals(expected, outcome.value());
  }

  @Test
  public void staticSetOnDriver_isNullInAnotherJvm() throws Exception {
    SparkDriverStaticClient.main(new String[] {server.target()});
    Function<String, String> toGerman = SparkDriverStaticClient.toGerman();
    // On the driver the static is set and the closure works...
    assertEquals(TranslateServer.expected("de", "hello"), toGerman.call("hello"));
    int callsBefore = server.calls();

    // ...in another JVM, given the same configuration, the static was never set.
    Outcome outcome =
        SecondJvm.run(ShippedClosureMain.class, toGerman, "hello", executorConfiguration());

    assertEquals(outcome.output(), NullPointerException.class.getName(), outcome.exception());
    // Dereferencing the null client, not anything else.
    assertTrue(
        outcome.output(),
        outcome
            .output()
            .contains(
                "NullPointerException: Cannot invoke \"com.google.cloud.translate.v3.TranslationServiceClient.translateText"));
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(SparkDriverStaticClient.class).assertFlagged();
  }

  @Test
  public void perJvmHolder_translatesInAnotherJvm() throws Exception {
    int callsBefore = server.calls();
    Outcome outcome =
        SecondJvm.run(
            ShippedClosureMain.class,
            SparkPerJvmClientHolder.toGerman(),
            "hello",
            executorConfiguration());
    assertReturned(TranslateServer.expected("de", "hello"), outcome);
    assertEquals(callsBefore + 1, server.calls());
    PatternSource.of(SparkPerJvmClientHolder.class).assertNotFlagged();
  }

  @Test
  public void memoizedSupplier_translatesInAnotherJvm() throws Exception {
    int callsBefore = server.calls();
    Outcome outcome =
        SecondJvm.run(
            ShippedClosureMain.class,
            MemoizedClientSupplier.toGerman(),
            "hello",
            executorConfiguration());
    assertReturned(TranslateServer.expected("de", "hello"), outcome);
    assertEquals(callsBefore + 1, server.calls());
    PatternSource.of(MemoizedClientSupplier.class).assertNotFlagged();
  }

  /** The raw channel and generated stub, built from the shipped target in the other JVM. */
  @Test
  public void taskShippingTarget_reachesServerFromAnotherJvm() throws Exception {
    int callsBefore = server.calls();
    // No configuration but what the task carries.
    Outcome outcome =
        SecondJvm.run(
            ShippedClosureMain.class, new PingTaskShipsTarget(server.target()), "", Map.of());
    assertReturned(TranslateServer.expected("fr", "ping"), outcome);
    assertEquals(callsBefore + 1, server.calls());
    PatternSource.of(PingTaskShipsTarget.class).assertNotFlagged();
  }
}
