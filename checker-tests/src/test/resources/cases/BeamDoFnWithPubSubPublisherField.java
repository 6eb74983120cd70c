import com.google.cloud.pubsub.v1.Publisher;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.TopicName;
import com.google.protobuf.ByteString;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;

/** The handwritten Pub/Sub Publisher is no BackgroundResource, but it owns gRPC channels too. */
public class BeamDoFnWithPubSubPublisherField {
  static class PublishFn extends DoFn<String, Void> {
    // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client) is a field of class `PublishFn`, which Beam serializes and ships to workers
    private final Publisher publisher;

    PublishFn(String project, String topic) throws IOException {
      this.publisher = Publisher.newBuilder(TopicName.of(project, topic)).build();
    }

    @ProcessElement
    public void processElement(@Element String event) {
      publisher.publish(PubsubMessage.newBuilder().setData(ByteString.copyFromUtf8(event)).build());
    }
  }
}
