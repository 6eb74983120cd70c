package dev.grpcboundary.engine;

import dev.grpcboundary.fix.Lifecycle;

/** Apache Flink: functions, sources and sinks go from the client to task managers. */
final class Flink {
  static final Engine ENGINE =
      Engine.named("Flink", "org.apache.flink.")
          .ships("Flink serializes and ships to task managers")
          // DataStream.map & co. run the ClosureCleaner, which serializes the function, at the
          // call.
          .failsWith(
              "the call that receives it (`map()`, `sinkTo()`, ...) fails while the job is built"
                  + " with `InvalidProgramException: ... is not serializable`")
          .serializingCallsFailWith("`java.io.NotSerializableException`")
          .cure(
              "Create the client on the task manager instead: in a rich function, as a `transient`"
                  + " field built in `open()` and closed in `close()`")
          .receivingSideTypes(
              "org.apache.flink.api.common.functions.",
              "org.apache.flink.api.common.io.InputFormat",
              "org.apache.flink.api.common.io.OutputFormat",
              // Table and SQL functions are serialized into the job; open, eval and close run on
              // the task manager.
              "org.apache.flink.table.functions.UserDefinedFunction",
              // Connectors' record schemas are shipped with their sources and sinks; open,
              // serialize and deserialize run on the task manager.
              "org.apache.flink.api.common.serialization.SerializationSchema",
              "org.apache.flink.api.common.serialization.DeserializationSchema")
          .receivingSideMethods(
              // Sink V2 and FLIP-27 sources: the factory is shipped, writers and readers are
              // built on the task manager (enumerators on the job manager: another JVM too).
              "org.apache.flink.api.connector.sink2.Sink#createWriter",
              "org.apache.flink.api.connector.source.Source#createReader",
              "org.apache.flink.api.connector.source.Source#createEnumerator",
              "org.apache.flink.api.connector.source.Source#restoreEnumerator")
          .lifecycle(Lifecycle.FLINK_RICH_FUNCTION)
          .build();

  private Flink() {}
}
