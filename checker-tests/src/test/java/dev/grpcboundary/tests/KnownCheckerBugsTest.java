package dev.grpcboundary.tests;

import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Checker bugs found by this suite, each with a case under {@code src/test/resources/known-bugs/}
 * whose markers state the correct behaviour. They are ignored until the checker is fixed; remove
 * the {@code @Ignore} (and move the case to {@code cases/}) with the fix. The malformed-flag crash
 * lives in {@link FlagsTest}.
 */
@RunWith(JUnit4.class)
public final class KnownCheckerBugsTest {

  @Ignore(
      "BUG: false positive. An enum constant that holds a client is reported as holding a client"
          + " when a Spark lambda captures it or a DoFn field holds it, but Java serializes enum"
          + " constants by name and resolves them to the receiving JVM's own constant: nothing of"
          + " the client is shipped. ClientTypeModel.heldByFields looks into enum fields; it"
          + " should treat enums as holding nothing (as ShippedCode.ofClass already does).")
  @Test
  public void enumSingletonHoldingAClientIsSafeToCapture() {
    assertCase("EnumSingletonTranslatorCapturedBySparkMap.java");
  }

  @Ignore(
      "BUG: false positive. A wrapper that controls its own serialized form (writeReplace to a"
          + " serialization proxy, or Externalizable) is reported as holding a client when"
          + " captured, though its client field is never written. The check already skips such"
          + " classes' own fields (Messages.handlesOwnSerialization, Externalizable in"
          + " ShippedCode.ofClass), but ClientTypeModel.heldByFields does not.")
  @Test
  public void wrapperWithCustomSerializedFormIsSafeToCapture() {
    assertCase("CustomSerializationWrapperCapturedBySparkMap.java");
  }

  @Ignore(
      "BUG (debatable, wording at least): a non-transient client field assigned only in @Setup /"
          + " open() is reported with 'pipeline construction fails' / 'job submission fails', but"
          + " the field is still null when the function is serialized and runners do not"
          + " serialize it again after setup, so nothing fails. Either no finding or a"
          + " hygiene-worded one ('make it transient') would be right.")
  @Test
  public void nonTransientClientSetOnlyInLifecycleMethodIsNullWhenSerialized() {
    assertCase("BeamDoFnNonTransientClientSetOnlyInSetup.java");
  }

  @Ignore(
      "BUG: missed case. Messages.handlesOwnSerialization treats any class declaring writeObject"
          + " as writing its own form and skips its client fields, but a writeObject that calls"
          + " out.defaultWriteObject() writes every non-transient field, the client included"
          + " (NotSerializableException). Only a writeObject that does not call"
          + " defaultWriteObject/putFields (or writeReplace) should exempt the fields.")
  @Test
  public void writeObjectCallingDefaultWriteObjectStillWritesTheClient() {
    assertCase("WriteObjectCallingDefaultWriteObjectStillWritesClient.java");
  }

  private static void assertCase(String fileName) {
    CaseAssertions.assertMatchesMarkers(CaseFile.named("known-bugs", fileName));
  }
}
