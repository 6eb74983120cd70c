package dev.grpcboundary.engine;

/** Plain Java serialization: what crosses when no engine's own type is involved. */
final class JavaSerialization {
  static final Engine ENGINE =
      Engine.unnamed("Java serialization")
          .ships("is serialized to cross into another process")
          .failsWith("serialization fails with `java.io.NotSerializableException`")
          .serializingCallsFailWith("`java.io.NotSerializableException`")
          .cure(Engines.SHIP_CONFIGURATION)
          .serializingMethods(
              "java.io.ObjectOutputStream#writeObject",
              "java.io.ObjectOutputStream#writeUnshared",
              "org.apache.commons.lang3.SerializationUtils#serialize")
          .driverSideTypes(
              // Serializable for legacy reasons only: a page's fetcher lives in the process that
              // lists (Spanner's admin clients build anonymous ones around themselves).
              "com.google.cloud.PageImpl.NextPageFetcher",
              // AWT/Swing components are Serializable for bean persistence; they live in the UI.
              "java.awt.Component",
              // A servlet lives in its container for the life of the web app; sessions may be
              // persisted, servlets never are.
              "javax.servlet.GenericServlet",
              "jakarta.servlet.GenericServlet",
              // Fork/join tasks split work between the threads of one pool, in one process.
              "java.util.concurrent.ForkJoinTask",
              // Events are delivered to listeners in the process that raises them; their source
              // is transient.
              "java.util.EventObject",
              // An exported remote object stays where it was exported: RMI sends its stub.
              "java.rmi.server.RemoteObject")
          .build();

  private JavaSerialization() {}
}
