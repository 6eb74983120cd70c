import com.google.cloud.pubsub.v1.Publisher;
import com.google.pubsub.v1.PubsubMessage;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.streaming.api.java.JavaDStream;

/**
 * DStream output: the function given to foreachRDD runs on the driver once per batch, so
 * publishing the batch's count with the driver's Publisher is correct. The partition function
 * inside it is shipped to executors; the fixed version below it publishes from the driver only.
 */
public class SparkStreamingForeachRddUsesDriverClientShipsNone {
  private final AtomicLong batches = new AtomicLong();

  void reportCounts(JavaDStream<String> events, Publisher publisher) {
    events.foreachRDD(
        (rdd, time) -> {
          long count = rdd.filter(line -> !line.isBlank()).count();
          publisher.publish(
              PubsubMessage.newBuilder()
                  .putAttributes("batch", time.toString())
                  .putAttributes("count", Long.toString(count))
                  .putAttributes("seen", Long.toString(batches.incrementAndGet()))
                  .build());
        });
  }

  void forwardEach(JavaDStream<String> events, Publisher publisher) {
    events.foreachRDD(
        rdd ->
            rdd.foreachPartition(
                partition ->
                    partition.forEachRemaining(
                        line ->
                            // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client) is captured by a lambda (Spark `VoidFunction`) that Spark serializes and ships to executors
                            publisher.publish(PubsubMessage.newBuilder().putAttributes("line", line).build()))));
  }
}
