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
          // Serializable for legacy reasons only: a page's fetcher lives in the process that lists
          // (Spanner's admin clients build anonymous ones around themselves), nothing ships it.
          .driverSideTypes("com.google.cloud.PageImpl.NextPageFetcher")
          .build();

  private JavaSerialization() {}
}
