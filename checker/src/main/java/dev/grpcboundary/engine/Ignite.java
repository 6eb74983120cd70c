package dev.grpcboundary.engine;

/** Apache Ignite: closures and tasks go from the caller to cluster nodes. */
final class Ignite {
  static final Engine ENGINE =
      Engine.named("Ignite", "org.apache.ignite.")
          .ships("Ignite serializes and sends to cluster nodes")
          .failsWith("the task fails to marshal when it is sent to the cluster")
          .serializingCallsFailWith("a marshalling error")
          .cure(Engines.SHIP_CONFIGURATION)
          .build();

  private Ignite() {}
}
