package dev.grpcboundary.tests.runtime.hazelcast.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * Bad (Hazelcast): a Serializable lambda (a plain {@code Callable} lambda is not Serializable at
 * all) submitted to a member captures the submitting member's client.
 */
public final class HazelcastLambdaCapturesClient {
  public static Future<String> translate(
      IExecutorService executor, Member member, TranslationServiceClient client, String text) {
    return executor.submitToMember(
        // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda
        (Callable<String> & Serializable) () -> LoopbackClients.translate(client, "de", text),
        member);
  }

  private HazelcastLambdaCapturesClient() {}
}
