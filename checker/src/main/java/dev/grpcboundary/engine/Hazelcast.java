package dev.grpcboundary.engine;

/** Hazelcast: tasks and entry processors go from the caller to cluster members. */
final class Hazelcast {
  private static final String EXECUTOR = "com.hazelcast.core.IExecutorService#";

  static final Engine ENGINE =
      Engine.named("Hazelcast", "com.hazelcast.")
          .ships("Hazelcast serializes and sends to cluster members")
          .failsWith("the task fails to serialize when it is sent to the cluster")
          .serializingCallsFailWith("`HazelcastSerializationException`")
          .cure(Engines.SHIP_CONFIGURATION)
          .serializingMethods(
              EXECUTOR + "submit",
              EXECUTOR + "execute",
              EXECUTOR + "submitToMember",
              EXECUTOR + "submitToMembers",
              EXECUTOR + "submitToAllMembers",
              EXECUTOR + "submitToKeyOwner",
              EXECUTOR + "executeOnMember",
              EXECUTOR + "executeOnMembers",
              EXECUTOR + "executeOnAllMembers",
              EXECUTOR + "executeOnKeyOwner")
          .receivingSideTypes("com.hazelcast.map.EntryProcessor")
          .build();

  private Hazelcast() {}
}
