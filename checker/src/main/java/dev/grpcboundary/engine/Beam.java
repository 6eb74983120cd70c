package dev.grpcboundary.engine;

import dev.grpcboundary.fix.Lifecycle;

/** Apache Beam: DoFns, functions and sources go from pipeline construction to workers. */
final class Beam {
  private static final String DO_FN = "org.apache.beam.sdk.transforms.DoFn";

  static final Engine ENGINE =
      Engine.named("Beam", "org.apache.beam.")
          .ships("Beam serializes and ships to workers")
          .failsWith(
              "the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with"
                  + " `IllegalArgumentException: unable to serialize ...`")
          .serializingCallsFailWith("`java.io.NotSerializableException`")
          .cure(
              "Create the client on the worker instead: in a DoFn, as a `transient` field built in"
                  + " `@Setup` and closed in `@Teardown`")
          .receivingSideTypes(
              DO_FN,
              "org.apache.beam.sdk.transforms.Combine.CombineFn",
              "org.apache.beam.sdk.transforms.ProcessFunction")
          .receivingSideAnnotations(DO_FN + ".")
          .receivingSideMethods(
              "org.apache.beam.sdk.io.BoundedSource#createReader",
              "org.apache.beam.sdk.io.UnboundedSource#createReader",
              "org.apache.beam.sdk.io.FileBasedSink.WriteOperation#createWriter")
          // A PTransform is Serializable, but runners never ship it: `expand` runs while the
          // pipeline is built, and only the DoFns and functions it applies are serialized.
          .driverSideTypes("org.apache.beam.sdk.transforms.PTransform")
          .lifecycle(Lifecycle.BEAM_DO_FN)
          .build();

  private Beam() {}
}
