package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/**
 * Bad (Spark): a static set in {@code main} on the driver. Statics are not serialized, so an
 * executor JVM sees its own, never-set field. Local mode runs executors in the driver's JVM and
 * hides it.
 */
public final class SparkDriverStaticClient {
  static TranslationServiceClient client;

  public static void main(String[] args) {
    client = LoopbackClients.translationClient(args[0]);
  }

  public static JavaRDD<String> translate(JavaRDD<String> lines) {
    return lines.map(toGerman());
  }

  public static Function<String, String> toGerman() {
    // BUG: Diagnostic contains: `client`
    return line -> LoopbackClients.translate(client, "de", line);
  }

  private SparkDriverStaticClient() {}
}
