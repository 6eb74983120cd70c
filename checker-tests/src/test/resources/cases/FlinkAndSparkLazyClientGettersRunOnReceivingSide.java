import com.google.cloud.pubsub.v1.Publisher;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.TopicName;
import java.io.IOException;
import java.io.Serializable;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.spark.api.java.JavaRDD;

/**
 * A client created on first use by a getter that only receiving-side code calls: when the Flink
 * function is serialized its client is still null, and each task manager creates its own. The
 * Spark helper's getter is also called on the driver before shipping, which sets the client there:
 * that one is serialized with the helper, and the job fails.
 */
public class FlinkAndSparkLazyClientGettersRunOnReceivingSide {
  static final class ForwardFn implements MapFunction<String, String> {
    private final String topic;
    private Publisher publisher;

    ForwardFn(String topic) {
      this.topic = topic;
    }

    private Publisher publisher() throws IOException {
      if (publisher == null) {
        publisher = Publisher.newBuilder(TopicName.parse(topic)).build();
      }
      return publisher;
    }

    @Override
    public String map(String line) throws Exception {
      publisher().publish(PubsubMessage.newBuilder().putAttributes("line", line).build());
      return line;
    }
  }

  static final class CheckedForwarder implements Serializable {
    private final String topic;
    // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client) is a field of class `CheckedForwarder`, which is serialized to cross into another process
    private Publisher publisher;

    CheckedForwarder(String topic) {
      this.topic = topic;
    }

    Publisher publisher() throws IOException {
      if (publisher == null) {
        publisher = Publisher.newBuilder(TopicName.parse(topic)).build();
      }
      return publisher;
    }
  }

  static long forwardChecked(JavaRDD<String> lines, String topic) throws IOException {
    CheckedForwarder forwarder = new CheckedForwarder(topic);
    forwarder.publisher().getTopicNameString();
    return lines
        .map(
            line -> {
              // BUG: Diagnostic contains: `forwarder` (CheckedForwarder, which holds a gRPC client: Publisher in field `publisher`) is captured by a lambda (Spark `Function`)
              forwarder.publisher().publish(PubsubMessage.newBuilder().build());
              return line;
            })
        .count();
  }
}
