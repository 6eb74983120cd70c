package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/**
 * Good (Spark, and the cure for a driver-only static): a per-JVM lazy holder. The closure captures
 * nothing; each JVM that runs it creates its own client on first use, from its own configuration.
 */
public final class SparkPerJvmClientHolder {
  private static final class ClientHolder {
    static final TranslationServiceClient CLIENT =
        LoopbackClients.translationClientFromSystemProperty();

    private ClientHolder() {}
  }

  public static JavaRDD<String> translate(JavaRDD<String> lines) {
    return lines.map(toGerman());
  }

  public static Function<String, String> toGerman() {
    return line -> LoopbackClients.translate(ClientHolder.CLIENT, "de", line);
  }

  private SparkPerJvmClientHolder() {}
}
