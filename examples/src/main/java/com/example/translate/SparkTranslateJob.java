package com.example.translate;

import com.google.cloud.translate.v3.LocationName;
import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** Translates a text file line by line into German with Cloud Translation. */
public final class SparkTranslateJob {
  private static final String TARGET_LANGUAGE = "de";

  public static void main(String[] args) throws IOException {
    String project = args[0];
    String input = args[1];
    String output = args[2];
    SparkSession spark = SparkSession.builder().appName("translate-lines").getOrCreate();
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      translatePerPartition(sc.textFile(input), project).saveAsTextFile(output);
    } finally {
      spark.stop();
    }
  }

  /**
   * BUG: the client is created on the driver and captured by the {@code map} lambda. Spark
   * serializes the lambda to send it to the executors, and {@code TranslationServiceClient} is not
   * Serializable: {@code map} itself fails on the driver with {@code SparkException: Task not
   * serializable}, caused by {@code NotSerializableException: ...TranslationServiceClient}.
   */
  static JavaRDD<String> translateCapturingClient(JavaRDD<String> lines, String project)
      throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    String parent = LocationName.of(project, "global").toString();
    return lines.map(line -> translate(client, parent, line));
  }

  /**
   * Correct: each partition creates its own client on the executor, uses it for every line of
   * the partition and closes it. Only the project id (a String) is shipped.
   */
  static JavaRDD<String> translatePerPartition(JavaRDD<String> lines, String project) {
    String parent = LocationName.of(project, "global").toString();
    return lines.mapPartitions(
        (Iterator<String> partition) -> {
          List<String> translated = new ArrayList<>();
          try (TranslationServiceClient client = TranslationServiceClient.create()) {
            while (partition.hasNext()) {
              translated.add(translate(client, parent, partition.next()));
            }
          }
          return translated.iterator();
        });
  }

  private static String translate(TranslationServiceClient client, String parent, String line) {
    TranslateTextRequest request =
        TranslateTextRequest.newBuilder()
            .setParent(parent)
            .setTargetLanguageCode(TARGET_LANGUAGE)
            .setMimeType("text/plain")
            .addContents(line)
            .build();
    return client.translateText(request).getTranslations(0).getTranslatedText();
  }

  private SparkTranslateJob() {}
}
