package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/** Good (Spark): the closure ships the target string and creates one client per partition. */
public final class SparkMapPartitionsCreatesClient {
  public static JavaRDD<String> translate(JavaRDD<String> lines, String target) {
    return lines.mapPartitions(
        (Iterator<String> partition) -> {
          List<String> out = new ArrayList<>();
          try (TranslationServiceClient client = LoopbackClients.translationClient(target)) {
            partition.forEachRemaining(line -> out.add(LoopbackClients.translate(client, "de", line)));
          }
          return out.iterator();
        });
  }

  private SparkMapPartitionsCreatesClient() {}
}
