package dev.grpcboundary.tests.runtime.flink.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Bad (Flink): the function reads a static set by the job's {@code main}. Statics are not
 * serialized, so a task manager JVM sees its own, never-set field; a local MiniCluster runs its
 * tasks in the client's JVM and hides it.
 */
public final class FlinkMapReadsDriverStatic {
  static TranslationServiceClient client;

  public static void main(String[] args) {
    client = LoopbackClients.translationClient(args[0]);
  }

  public static MapFunction<String, String> toGerman() {
    // BUG: Diagnostic contains: `client`
    return line -> LoopbackClients.translate(client, "de", line);
  }

  private FlinkMapReadsDriverStatic() {}
}
