package dev.grpcboundary.tests.runtime.flink.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Good (Flink, and the cure for a static set in {@code main}): a per-JVM lazy holder. The
 * function captures nothing; each JVM that runs it creates its own client on first use, from its
 * own configuration.
 */
public final class FlinkPerJvmClientHolder {
  private static final class ClientHolder {
    static final TranslationServiceClient CLIENT =
        LoopbackClients.translationClientFromSystemProperty();

    private ClientHolder() {}
  }

  public static MapFunction<String, String> toGerman() {
    return line -> LoopbackClients.translate(ClientHolder.CLIENT, "de", line);
  }

  private FlinkPerJvmClientHolder() {}
}
