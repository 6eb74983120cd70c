package dev.grpcboundary.tests.runtime.patterns;

import dev.grpcboundary.tests.runtime.LoopbackClients;
import io.grpc.ManagedChannel;
import java.io.Serializable;
import java.util.concurrent.Callable;

/** Bad (plain Java serialization): the task holds a raw channel. */
public final class PingTaskHoldsChannel implements Callable<String>, Serializable {
  private static final long serialVersionUID = 1L;

  // BUG: Diagnostic contains: `channel`
  private final ManagedChannel channel;

  public PingTaskHoldsChannel(ManagedChannel channel) {
    this.channel = channel;
  }

  @Override
  public String call() {
    return LoopbackClients.translate(channel, "fr", "ping");
  }
}
