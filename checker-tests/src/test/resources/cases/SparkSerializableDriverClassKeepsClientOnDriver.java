import com.google.cloud.pubsub.v1.Publisher;
import com.google.cloud.spanner.DatabaseClient;
import com.google.cloud.spanner.Mutation;
import com.google.pubsub.v1.PubsubMessage;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * The driver class was made Serializable to get past "Task not serializable" and stayed so after
 * its closures stopped using `this`. Spark serializes only the closures, which capture a String;
 * the clients are used on the driver, after the job, and are correct where they are.
 */
public class SparkSerializableDriverClassKeepsClientOnDriver implements Serializable {
  private final DatabaseClient spanner;
  private final transient Publisher done;
  private final String table;

  public SparkSerializableDriverClassKeepsClientOnDriver(
      DatabaseClient spanner, Publisher done, String table) {
    this.spanner = spanner;
    this.done = done;
    this.table = table;
  }

  public void run(JavaRDD<String> lines) {
    String prefix = table + ":";
    List<String> keys = lines.map(line -> prefix + line.trim()).distinct().collect();
    spanner.write(
        keys.stream()
            .map(key -> Mutation.newInsertOrUpdateBuilder(table).set("key").to(key).build())
            .toList());
    done.publish(PubsubMessage.newBuilder().build());
  }
}
