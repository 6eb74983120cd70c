package dev.grpcboundary.tests.runtime.flink;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import dev.grpcboundary.tests.runtime.PatternSource;
import dev.grpcboundary.tests.runtime.SecondJvm;
import dev.grpcboundary.tests.runtime.SecondJvm.Outcome;
import dev.grpcboundary.tests.runtime.TranslateServer;
import dev.grpcboundary.tests.runtime.flink.patterns.FlinkMapLambdaCapturesClient;
import dev.grpcboundary.tests.runtime.flink.patterns.FlinkMapReadsDriverStatic;
import dev.grpcboundary.tests.runtime.flink.patterns.FlinkPerJvmClientHolder;
import dev.grpcboundary.tests.runtime.flink.patterns.FlinkRichMapFunctionCreatesClientInOpen;
import dev.grpcboundary.tests.runtime.flink.patterns.FlinkRichMapFunctionHoldsClient;
import dev.grpcboundary.tests.runtime.flink.patterns.FlinkSinkWriterCreatesClient;
import dev.grpcboundary.tests.runtime.flink.patterns.FlinkTransientClientFromConstructor;
import java.io.NotSerializableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.InvalidProgramException;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.client.JobExecutionException;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.ExceptionUtils;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The Flink patterns on a real local cluster ({@code createLocalEnvironment}: a MiniCluster whose
 * tasks deserialize every function from the job graph, as a remote task manager would) and in a
 * real second JVM, against a real Translate server on loopback. Each test also compiles the
 * pattern's own source with the plugin.
 */
public final class FlinkRuntimeTest {
  private static final List<String> LINES = List.of("hello", "world", "good morning", "thanks");

  @ClassRule public static final TranslateServer server = new TranslateServer();

  /**
   * A fresh local cluster per job, on loopback with OS-chosen ports (other builds share this
   * machine), failing a job at its first task failure instead of restarting it.
   */
  private static StreamExecutionEnvironment environment() {
    Configuration config = new Configuration();
    config.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
    config.set(RestOptions.ADDRESS, "127.0.0.1");
    config.set(RestOptions.BIND_PORT, "0");
    config.set(JobManagerOptions.ADDRESS, "127.0.0.1");
    config.set(TaskManagerOptions.HOST, "127.0.0.1");
    config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    return StreamExecutionEnvironment.createLocalEnvironment(2, config);
  }

  private static List<String> german() {
    return LINES.stream().map(line -> TranslateServer.expected("de", line)).sorted().toList();
  }

  private static List<String> runAndCollect(MapFunction<String, String> function) throws Exception {
    // Room for one more result than there are lines: a duplicate would show.
    List<String> out =
        new ArrayList<>(
            environment().fromData(LINES).map(function).executeAndCollect(LINES.size() + 1));
    out.sort(null);
    return out;
  }

  /** The cause Flink's ClosureCleaner gives: Java serialization refusing {@code type}. */
  private static void assertCausedByNotSerializable(Throwable thrown, Class<?> type) {
    Throwable cause = thrown.getCause();
    assertTrue(String.valueOf(cause), cause instanceof NotSerializableException);
    assertEquals(type.getName(), cause.getMessage());
  }

  /** Thrown by {@code DataStream.map} itself, in Flink's ClosureCleaner. */
  private static void assertThrownByMap(Throwable thrown) {
    assertTrue(
        "thrown from DataStream.map",
        Arrays.stream(thrown.getStackTrace())
            .anyMatch(
                frame ->
                    frame.getClassName().equals(DataStream.class.getName())
                        && frame.getMethodName().equals("map")));
  }

  @Test
  public void mapLambdaCapturingClient_failsAtMap() throws Exception {
    int callsBefore = server.calls();
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      DataStream<String> lines = environment().fromData(LINES);
      // map() itself throws: Flink's ClosureCleaner serializes the function when it is handed over.
      InvalidProgramException thrown =
          assertThrows(
              InvalidProgramException.class,
              () -> FlinkMapLambdaCapturesClient.translate(lines, client));
      assertThrownByMap(thrown);
      // The lambda is serialized whole: Java serialization names the captured client.
      assertTrue(
          thrown.getMessage(),
          thrown
              .getMessage()
              .startsWith("Object " + FlinkMapLambdaCapturesClient.class.getName() + "$$Lambda"));
      assertTrue(thrown.getMessage(), thrown.getMessage().endsWith(" is not serializable"));
      assertCausedByNotSerializable(thrown, TranslationServiceClient.class);
    }
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(FlinkMapLambdaCapturesClient.class).assertFlagged();
  }

  @Test
  public void richMapFunctionHoldingClient_failsAtMap() throws Exception {
    int callsBefore = server.calls();
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      DataStream<String> lines = environment().fromData(LINES);
      InvalidProgramException thrown =
          assertThrows(
              InvalidProgramException.class,
              () -> lines.map(new FlinkRichMapFunctionHoldsClient(client)));
      assertThrownByMap(thrown);
      // The cleaner recurses into the non-serializable field's own fields and names the first
      // object it cannot serialize there: the client's settings, not the client.
      assertTrue(
          thrown.getMessage(),
          thrown.getMessage().startsWith(TranslationServiceSettings.class.getSimpleName() + "{"));
      assertTrue(
          thrown.getMessage(),
          thrown
              .getMessage()
              .endsWith(
                  " is not serializable. The object probably contains or references non"
                      + " serializable fields."));
      assertCausedByNotSerializable(thrown, TranslationServiceSettings.class);
    }
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(FlinkRichMapFunctionHoldsClient.class).assertFlagged();
  }

  @Test
  public void transientClientSetInConstructor_isNullInTasks() throws Exception {
    int callsBefore = server.calls();
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      StreamExecutionEnvironment env = environment();
      // map() accepts it: the transient field is not serialized...
      env.fromData(LINES)
          .map(new FlinkTransientClientFromConstructor(client))
          .sinkTo(new DiscardingSink<>());
      // ...and the job fails when it runs: every task's copy of the function has a null client.
      JobExecutionException thrown = assertThrows(JobExecutionException.class, env::execute);
      assertEquals("Job execution failed.", thrown.getMessage());
      NullPointerException npe =
          ExceptionUtils.findThrowable(thrown, NullPointerException.class).orElseThrow();
      // Dereferencing the null client, not anything else.
      assertEquals(
          LoopbackClients.class.getName() + ".translate",
          npe.getStackTrace()[0].getClassName() + "." + npe.getStackTrace()[0].getMethodName());
      assertTrue(npe.getMessage(), npe.getMessage().endsWith("because \"client\" is null"));
    }
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(FlinkTransientClientFromConstructor.class).assertFlagged();
  }

  /**
   * A local cluster hides a static set in {@code main}: its tasks run in this JVM and see it.
   * {@link #staticSetInMain_isNullInAnotherJvm} shows the same function failing in another JVM.
   */
  @Test
  public void staticSetInMain_localClusterHidesIt() throws Exception {
    FlinkMapReadsDriverStatic.main(new String[] {server.target()});
    assertEquals(german(), runAndCollect(FlinkMapReadsDriverStatic.toGerman()));
    PatternSource.of(FlinkMapReadsDriverStatic.class).assertFlagged();
  }

  @Test
  public void staticSetInMain_isNullInAnotherJvm() throws Exception {
    FlinkMapReadsDriverStatic.main(new String[] {server.target()});
    MapFunction<String, String> toGerman = FlinkMapReadsDriverStatic.toGerman();
    int callsBefore = server.calls();
    Outcome outcome =
        SecondJvm.run(
            ShippedMapFunctionMain.class,
            toGerman,
            "hello",
            Map.of(LoopbackClients.TARGET_PROPERTY, server.target()));
    assertEquals(outcome.output(), NullPointerException.class.getName(), outcome.exception());
    assertTrue(
        outcome.output(),
        outcome
            .output()
            .contains(
                "NullPointerException: Cannot invoke \"com.google.cloud.translate.v3"
                    + ".TranslationServiceClient.translateText"));
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(FlinkMapReadsDriverStatic.class).assertFlagged();
  }

  @Test
  public void clientBuiltInOpen_translatesInTasks() throws Exception {
    int callsBefore = server.calls();
    assertEquals(
        german(), runAndCollect(new FlinkRichMapFunctionCreatesClientInOpen(server.target())));
    assertEquals(callsBefore + LINES.size(), server.calls());
    PatternSource.of(FlinkRichMapFunctionCreatesClientInOpen.class).assertNotFlagged();
  }

  @Test
  public void sinkWriterBuildsClient_writesTranslations() throws Exception {
    FlinkSinkWriterCreatesClient.WRITTEN.clear();
    StreamExecutionEnvironment env = environment();
    env.fromData(LINES).sinkTo(new FlinkSinkWriterCreatesClient(server.target()));
    env.execute();
    List<String> written = new ArrayList<>(FlinkSinkWriterCreatesClient.WRITTEN);
    written.sort(null);
    assertEquals(german(), written);
    PatternSource.of(FlinkSinkWriterCreatesClient.class).assertNotFlagged();
  }

  @Test
  public void perJvmHolder_translatesOnLocalClusterAndInAnotherJvm() throws Exception {
    System.setProperty(LoopbackClients.TARGET_PROPERTY, server.target());
    try {
      assertEquals(german(), runAndCollect(FlinkPerJvmClientHolder.toGerman()));
    } finally {
      System.clearProperty(LoopbackClients.TARGET_PROPERTY);
    }
    int callsBefore = server.calls();
    Outcome outcome =
        SecondJvm.run(
            ShippedMapFunctionMain.class,
            FlinkPerJvmClientHolder.toGerman(),
            "hello",
            Map.of(LoopbackClients.TARGET_PROPERTY, server.target()));
    assertTrue("expected a result, got:\n" + outcome.output(), outcome.returned());
    assertEquals(TranslateServer.expected("de", "hello"), outcome.value());
    assertEquals(callsBefore + 1, server.calls());
    PatternSource.of(FlinkPerJvmClientHolder.class).assertNotFlagged();
  }
}
