package dev.grpcboundary.tests.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.patterns.BeamDoFnCreatesClientInSetup;
import dev.grpcboundary.tests.runtime.patterns.BeamDoFnHoldsClient;
import dev.grpcboundary.tests.runtime.patterns.BeamDoFnReadsDriverStatic;
import dev.grpcboundary.tests.runtime.patterns.BeamDoFnTransientClientFromConstructor;
import dev.grpcboundary.tests.runtime.patterns.BeamDoFnWithClientFactory;
import dev.grpcboundary.tests.runtime.patterns.BeamMapElementsCapturesClient;
import java.io.NotSerializableException;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The Beam patterns on Beam's DirectRunner, which serializes DoFns and runs deserialized copies (as
 * a distributed runner's workers would), against a real Translate server on loopback. Each test
 * also compiles the pattern's own source with the plugin.
 */
public final class BeamRuntimeTest {
  private static final List<String> LINES = List.of("hello", "world", "good morning", "thanks");

  @ClassRule public static final TranslateServer server = new TranslateServer();

  private static Pipeline pipeline() {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    options.setTargetParallelism(2);
    options.setBlockOnRun(true);
    return Pipeline.create(options);
  }

  private static List<String> german() {
    return LINES.stream().map(line -> TranslateServer.expected("de", line)).toList();
  }

  /** Runs {@code fn} over the lines and asserts, inside the pipeline, the German translations. */
  private static void assertTranslates(DoFn<String, String> fn) {
    Pipeline pipeline = pipeline();
    PCollection<String> out = pipeline.apply(Create.of(LINES)).apply(ParDo.of(fn));
    PAssert.that(out).containsInAnyOrder(german());
    pipeline.run().waitUntilFinish();
  }

  private static void assertUnableToSerializeClient(
      IllegalArgumentException thrown, String doFnClassPrefix) {
    assertTrue(
        thrown.getMessage(),
        thrown
            .getMessage()
            .startsWith(
                "unable to serialize DoFnWithExecutionInformation{doFn=" + doFnClassPrefix));
    assertTrue(
        String.valueOf(thrown.getCause()), thrown.getCause() instanceof NotSerializableException);
    assertEquals(TranslationServiceClient.class.getName(), thrown.getCause().getMessage());
  }

  @Test
  public void doFnHoldingClient_unableToSerialize() {
    int callsBefore = server.calls();
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      Pipeline pipeline = pipeline();
      pipeline.apply(Create.of(LINES)).apply(ParDo.of(new BeamDoFnHoldsClient(client)));
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, pipeline::run);
      assertUnableToSerializeClient(thrown, BeamDoFnHoldsClient.class.getName());
    }
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(BeamDoFnHoldsClient.class).assertFlagged();
  }

  @Test
  public void doFnCreatingClientInSetup_translatesOnWorkers() {
    assertTranslates(new BeamDoFnCreatesClientInSetup(server.target()));
    PatternSource.of(BeamDoFnCreatesClientInSetup.class).assertNotFlagged();
  }

  @Test
  public void mapElementsLambdaCapturingClient_unableToSerialize() {
    int callsBefore = server.calls();
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      Pipeline pipeline = pipeline();
      BeamMapElementsCapturesClient.translate(pipeline.apply(Create.of(LINES)), client);
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, pipeline::run);
      // MapElements wraps the lambda in a DoFn of its own.
      assertUnableToSerializeClient(thrown, MapElements.class.getName() + "$");
    }
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(BeamMapElementsCapturesClient.class).assertFlagged();
  }

  @Test
  public void doFnCallingSerializableClientFactoryInSetup_translatesOnWorkers() {
    assertTranslates(BeamDoFnWithClientFactory.forTarget(server.target()));
    PatternSource.of(BeamDoFnWithClientFactory.class).assertNotFlagged();
  }

  /**
   * The DirectRunner does not hide a transient client set in the constructor: it runs deserialized
   * copies of the DoFn, whose transient field is null.
   */
  @Test
  public void transientClientSetInConstructor_isNullOnWorkers() {
    int callsBefore = server.calls();
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      PipelineExecutionException thrown =
          assertThrows(
              PipelineExecutionException.class,
              () -> assertTranslates(new BeamDoFnTransientClientFromConstructor(client)));
      assertTrue(
          String.valueOf(thrown.getCause()), thrown.getCause() instanceof NullPointerException);
      // Dereferencing the null client, not anything else.
      assertEquals(
          LoopbackClients.class.getName() + ".translate",
          thrown.getCause().getStackTrace()[0].getClassName()
              + "."
              + thrown.getCause().getStackTrace()[0].getMethodName());
    }
    assertEquals("no call reached the server", callsBefore, server.calls());
    PatternSource.of(BeamDoFnTransientClientFromConstructor.class).assertFlagged();
  }

  /**
   * The DirectRunner does hide a driver-only static: its workers are threads of the driver's JVM.
   * {@code SecondJvmRuntimeTest} shows the same kind of static null in another JVM.
   */
  @Test
  public void staticSetOnDriver_directRunnerHidesIt() {
    BeamDoFnReadsDriverStatic.Driver.main(new String[] {server.target()});
    assertTranslates(new BeamDoFnReadsDriverStatic());
    PatternSource.of(BeamDoFnReadsDriverStatic.class).assertFlagged();
  }
}
