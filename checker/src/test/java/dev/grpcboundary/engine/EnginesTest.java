package dev.grpcboundary.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Questions asked of all engines at once, and why their answers do not depend on order. */
@RunWith(JUnit4.class)
public final class EnginesTest {
  private static Engine engine(String name, String packagePrefix) {
    return Engine.named(name, packagePrefix)
        .ships(name + " ships")
        .failsWith(name + " fails")
        .serializingCallsFailWith(name + " fails")
        .cure(name + " cure")
        .build();
  }

  @Test
  public void theMostSpecificPackageWinsWhateverTheDeclarationOrder() {
    Engine jet = engine("Jet", "com.hazelcast.jet.");
    Engines engines = Engines.builtInAnd(jet);
    assertEquals("Jet", engines.ofName("com.hazelcast.jet.pipeline.Pipeline").name());
    assertEquals("Hazelcast", engines.ofName("com.hazelcast.core.IExecutorService").name());
    // Built-ins come first in the list here; the longer prefix still wins.
    assertEquals("Jet", Engines.builtInAnd(jet).ofName("com.hazelcast.jet.Job").name());
  }

  @Test
  public void typesOfNoEngineAreJavaSerialization() {
    Engine plain = Engines.builtIn().ofName("com.example.Task");
    assertEquals("Java serialization", plain.name());
    assertEquals("`Supplier`", plain.qualify("Supplier"));
    assertEquals(
        "Spark `Function`", Engines.builtIn().ofName("org.apache.spark.X").qualify("Function"));
  }

  @Test
  public void receivingSideTypesMatchByNameOrPackage() {
    Engines engines = Engines.builtIn();
    assertTrue(engines.isReceivingSideType("org.apache.beam.sdk.transforms.DoFn"));
    assertTrue(engines.isReceivingSideType("org.apache.spark.api.java.function.Function"));
    assertTrue(engines.isReceivingSideType("org.apache.flink.api.common.functions.MapFunction"));
    assertFalse(engines.isReceivingSideType("org.apache.beam.sdk.transforms.PTransform"));
    assertTrue(engines.isDriverSideType("org.apache.beam.sdk.transforms.PTransform"));
  }

  @Test
  public void receivingSideMethodsNeedTheirDeclaringType() {
    Engines engines = Engines.builtIn();
    assertTrue(
        engines.isReceivingSideMethod("org.apache.flink.api.connector.sink2.Sink", "createWriter"));
    assertFalse(engines.isReceivingSideMethod("com.example.Sink", "createWriter"));
  }

  @Test
  public void anEngineWithoutItsFailureIsRejectedWhenDeclared() {
    IllegalStateException thrown =
        org.junit.Assert.assertThrows(
            IllegalStateException.class,
            () -> Engine.named("Half", "com.example.").ships("ships").cure("cure").build());
    assertTrue(thrown.getMessage(), thrown.getMessage().contains("failure"));
  }
}
