package dev.grpcboundary.tests.runtime.patterns;

import dev.grpcboundary.tests.runtime.LoopbackClients;
import io.grpc.ManagedChannel;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * Good (plain Java serialization): the task ships the target string and builds its channel, and
 * the generated stub on it, in the process that runs it.
 */
public final class PingTaskShipsTarget implements Callable<String>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String target;

  public PingTaskShipsTarget(String target) {
    this.target = target;
  }

  @Override
  public String call() {
    ManagedChannel channel = LoopbackClients.channel(target);
    try {
      return LoopbackClients.translate(channel, "fr", "ping");
    } finally {
      channel.shutdownNow();
    }
  }
}
