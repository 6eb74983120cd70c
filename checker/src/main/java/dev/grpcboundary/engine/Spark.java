package dev.grpcboundary.engine;

/** Apache Spark: closures and broadcasts go from the driver to executors. */
final class Spark {
  static final Engine ENGINE =
      Engine.named("Spark", "org.apache.spark.")
          .ships("Spark serializes and ships to executors")
          // ClosureCleaner checks the closure when the transformation is called (runtime-proven).
          .failsWith(
              "the transformation that receives it (`map`, `foreach`, ...) fails on the driver"
                  + " with `SparkException: Task not serializable`")
          .serializingCallsFailWith("`java.io.NotSerializableException`")
          .cure(
              "Create the client on the executor instead: inside `mapPartitions`/`foreachPartition`"
                  + " (once per partition), or through a per-JVM lazy holder")
          .serializingMethods(
              "org.apache.spark.api.java.JavaSparkContext#broadcast",
              "org.apache.spark.SparkContext#broadcast")
          .receivingSideTypes(
              "org.apache.spark.api.java.function.",
              "org.apache.spark.sql.api.java.",
              // open/process/close run on the executor for each partition.
              "org.apache.spark.sql.ForeachWriter")
          .receivingSideMethods(
              // DataSource V2: the factories are shipped; readers and writers are built there.
              "org.apache.spark.sql.connector.read.PartitionReaderFactory#createReader",
              "org.apache.spark.sql.connector.read.PartitionReaderFactory#createColumnarReader",
              "org.apache.spark.sql.connector.write.DataWriterFactory#createWriter",
              "org.apache.spark.sql.connector.write.streaming.StreamingDataWriterFactory#createWriter")
          .driverCallbacks(
              // Each micro-batch's function runs on the driver, with the batch as a Dataset.
              "org.apache.spark.sql.streaming.DataStreamWriter#foreachBatch",
              // DStream output and transform functions run on the driver once per batch.
              "org.apache.spark.streaming.api.java.JavaDStreamLike#foreachRDD",
              "org.apache.spark.streaming.api.java.JavaDStreamLike#transform",
              "org.apache.spark.streaming.api.java.JavaDStreamLike#transformToPair",
              "org.apache.spark.streaming.dstream.DStream#foreachRDD",
              "org.apache.spark.streaming.dstream.DStream#transform")
          // Listeners are called by the driver's listener bus; StreamingQueryListener is
          // Serializable (for Spark Connect), but Spark never ships it to executors.
          .driverSideTypes(
              "org.apache.spark.sql.streaming.StreamingQueryListener",
              "org.apache.spark.scheduler.SparkListenerInterface",
              "org.apache.spark.sql.util.QueryExecutionListener")
          .build();

  private Spark() {}
}
