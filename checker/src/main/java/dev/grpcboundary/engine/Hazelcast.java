package dev.grpcboundary.engine;

/** Hazelcast: tasks and entry processors go from the caller to cluster members. */
final class Hazelcast {
  private static final String EXECUTOR = "com.hazelcast.core.IExecutorService#";

  static final Engine ENGINE =
      Engine.named("Hazelcast", "com.hazelcast.")
          .ships("Hazelcast serializes and sends to cluster members")
          // Runtime-proven: IExecutorService serializes every task in the caller, before any
          // member is chosen, even a task for the submitting member itself.
          .failsWith(
              "the call that submits it (`submit`, `submitToMember`, `execute`, ...) throws in the"
                  + " caller, even for the local member, with `HazelcastSerializationException:"
                  + " Failed to serialize ...`")
          .serializingCallsFailWith("`HazelcastSerializationException: Failed to serialize ...`")
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
