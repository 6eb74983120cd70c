package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.spark.api.java.JavaRDD;

/** Bad (Spark): the closure captures the driver's client. */
public final class SparkMapCapturesClient {
  public static JavaRDD<String> translate(JavaRDD<String> lines, TranslationServiceClient client) {
    // BUG: Diagnostic contains: fails on the driver with `SparkException: Task not serializable`
    return lines.map(line -> LoopbackClients.translate(client, "de", line));
  }

  private SparkMapCapturesClient() {}
}
