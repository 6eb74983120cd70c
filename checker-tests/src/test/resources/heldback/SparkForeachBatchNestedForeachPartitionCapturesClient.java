import com.google.api.core.ApiFuture;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.protobuf.ByteString;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.TopicName;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Shape B, positive. The same streaming job, but the micro-batch is fanned out row by row: the
 * {@code foreachBatch} function runs on the driver (using the driver's {@code Publisher} there
 * would be fine), yet the {@code ForeachPartitionFunction} created inside it is shipped to
 * executors and captures that {@code Publisher}. Spark fails with {@code Task not serializable}
 * at the first micro-batch. Only the inner lambda crosses the boundary.
 */
public class SparkForeachBatchNestedForeachPartitionCapturesClient {
  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().appName("clicks-fanout").getOrCreate();
    Publisher publisher = Publisher.newBuilder(TopicName.of("web", "clicks")).build();
    Dataset<Row> clicks = spark.readStream().format("rate").load();
    clicks
        .writeStream()
        .foreachBatch(
            (VoidFunction2<Dataset<Row>, Long>)
                (batch, batchId) ->
                    batch.foreachPartition(
                        (ForeachPartitionFunction<Row>)
                            rows -> {
                              while (rows.hasNext()) {
                                Row row = rows.next();
                                ApiFuture<String> sent =
                                    // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client) is captured by a lambda
                                    publisher.publish(
                                        PubsubMessage.newBuilder()
                                            .setData(ByteString.copyFromUtf8(row.mkString(",")))
                                            .build());
                                sent.get();
                              }
                            }))
        .start()
        .awaitTermination();
  }
}
