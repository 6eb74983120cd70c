import com.google.cloud.MonitoredResource;
import com.google.cloud.logging.LogEntry;
import com.google.cloud.logging.Logging;
import com.google.cloud.logging.LoggingOptions;
import com.google.cloud.logging.Payload.StringPayload;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.protobuf.ByteString;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.TopicName;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQueryListener;

/**
 * Shape B, negative. Listeners run on the driver: Spark's listener bus calls a
 * {@code SparkListener} and a {@code StreamingQueryListener} (which is Serializable, for Spark
 * Connect) in the driver JVM and never ships them to executors. Holding clients in their fields,
 * and even capturing them in a listener created as an anonymous class, is correct.
 */
public class SparkListenersReportThroughClients {
  static class JobEndLogger extends SparkListener {
    private final Logging logging;

    JobEndLogger(Logging logging) {
      this.logging = logging;
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
      logging.write(
          List.of(
              LogEntry.newBuilder(StringPayload.of("job " + jobEnd.jobId() + " ended"))
                  .setResource(MonitoredResource.newBuilder("global").build())
                  .build()));
    }
  }

  static class ProgressPublisher extends StreamingQueryListener {
    private final Publisher publisher;

    ProgressPublisher(Publisher publisher) {
      this.publisher = publisher;
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {}

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
      publisher.publish(
          PubsubMessage.newBuilder()
              .setData(ByteString.copyFromUtf8(event.progress().json()))
              .build());
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {}
  }

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().appName("monitored").getOrCreate();
    Logging logging = LoggingOptions.getDefaultInstance().getService();
    Publisher publisher = Publisher.newBuilder(TopicName.of("ops", "progress")).build();
    spark.sparkContext().addSparkListener(new JobEndLogger(logging));
    spark.streams().addListener(new ProgressPublisher(publisher));
    spark.streams()
        .addListener(
            new StreamingQueryListener() {
              @Override
              public void onQueryStarted(QueryStartedEvent event) {}

              @Override
              public void onQueryProgress(QueryProgressEvent event) {}

              @Override
              public void onQueryTerminated(QueryTerminatedEvent event) {
                publisher.publish(
                    PubsubMessage.newBuilder()
                        .setData(ByteString.copyFromUtf8("terminated " + event.id()))
                        .build());
              }
            });
    spark.readStream().format("rate").load().writeStream().format("console").start();
    spark.streams().awaitAnyTermination();
  }
}
