package canary;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.Serializable;

/**
 * Compiled by eval/run before the corpus, with the same flags: each check must report exactly the
 * line below its marker, or the run stops (a silently unloaded plugin finds nothing anywhere).
 */
public final class Canary {
  // EXPECT: EagerStaticGrpcClient
  static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("localhost:1").build();

  static final class Job implements Serializable {
    // EXPECT: GrpcClientCrossesProcessBoundary
    private final ManagedChannel channel;

    Job(ManagedChannel channel) {
      this.channel = channel;
    }
  }

  public static void main(String[] args) {
    System.out.println(new Job(CHANNEL).channel);
  }
}
