// Flags: -XepOpt:GrpcBoundary:SerializingMethods=com.example.cluster.SerializingMethodsFlagAddsClusterSubmit.TaskQueue#submit
package com.example.cluster;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.Serializable;

/**
 * An in-house job queue that serializes what it is given: SerializingMethods makes its submit a
 * boundary, for values and for the lambdas passed straight to it. FlagsTest also compiles this
 * file without the flag and expects no finding.
 */
public class SerializingMethodsFlagAddsClusterSubmit {
  /** A functional interface that is deliberately not Serializable: only the flag makes it shipped. */
  public interface Task {
    String run();
  }

  /** Writes each submitted object to a durable queue with Java serialization. */
  public interface TaskQueue {
    void submit(Object payload);

    void submit(Task task);
  }

  void enqueue(TaskQueue queue) {
    ManagedChannel channel = ManagedChannelBuilder.forTarget("dns:///billing.internal").build();
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is passed to `TaskQueue.submit`, which serializes it
    queue.submit(channel);
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda passed to `TaskQueue.submit`
    queue.submit(() -> channel.authority());
    queue.submit((Serializable) "billing.internal");
  }
}
