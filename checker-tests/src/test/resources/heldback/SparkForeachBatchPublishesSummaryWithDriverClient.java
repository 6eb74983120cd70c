import com.google.cloud.pubsub.v1.Publisher;
import com.google.protobuf.ByteString;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.TopicName;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Shape B, negative. Structured Streaming's {@code foreachBatch} function is a Serializable
 * {@code VoidFunction2}, but Spark calls it on the DRIVER once per micro-batch; it is not shipped
 * to executors. Publishing a per-batch summary with the driver's Pub/Sub {@code Publisher} from
 * inside it is correct: only the aggregation ({@code count}) runs on executors, and it captures
 * nothing.
 */
public class SparkForeachBatchPublishesSummaryWithDriverClient {
  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().appName("clicks").getOrCreate();
    Publisher publisher = Publisher.newBuilder(TopicName.of("web", "batch-summaries")).build();
    Dataset<Row> clicks = spark.readStream().format("rate").load();
    clicks
        .writeStream()
        .foreachBatch(
            (VoidFunction2<Dataset<Row>, Long>)
                (batch, batchId) -> {
                  long n = batch.count();
                  publisher.publish(
                      PubsubMessage.newBuilder()
                          .setData(ByteString.copyFromUtf8(batchId + ":" + n))
                          .build());
                })
        .start()
        .awaitTermination();
    publisher.shutdown();
  }
}
