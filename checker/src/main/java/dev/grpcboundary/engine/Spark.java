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
              "org.apache.spark.sql.ForeachWriter",
              // A custom DStream receiver is shipped to an executor; onStart and onStop run there.
              "org.apache.spark.streaming.receiver.Receiver")
          .receivingSideMethods(
              // DataSource V2: the factories are shipped; readers and writers are built there.
              "org.apache.spark.sql.connector.read.PartitionReaderFactory#createReader",
              "org.apache.spark.sql.connector.read.PartitionReaderFactory#createColumnarReader",
              "org.apache.spark.sql.connector.write.DataWriterFactory#createWriter",
              "org.apache.spark.sql.connector.write.streaming.StreamingDataWriterFactory#createWriter")
          .driverCallbacks(
              // Builds the streaming context on the driver when no checkpoint can restore it.
              "org.apache.spark.streaming.api.java.JavaStreamingContext#getOrCreate",
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
              "org.apache.spark.sql.util.QueryExecutionListener",
              // DataSource V2's planning and committing side lives on the driver: tables, scans
              // and batches plan the input partitions, writes commit. Only the partitions and the
              // reader and writer factories they create are shipped.
              "org.apache.spark.sql.connector.catalog.TableProvider",
              "org.apache.spark.sql.connector.catalog.Table",
              "org.apache.spark.sql.connector.read.ScanBuilder",
              "org.apache.spark.sql.connector.read.Scan",
              "org.apache.spark.sql.connector.read.Batch",
              "org.apache.spark.sql.connector.read.streaming.SparkDataStream",
              "org.apache.spark.sql.connector.write.WriteBuilder",
              "org.apache.spark.sql.connector.write.Write",
              "org.apache.spark.sql.connector.write.BatchWrite",
              "org.apache.spark.sql.connector.write.streaming.StreamingWrite")
          .build();

  private Spark() {}
}
