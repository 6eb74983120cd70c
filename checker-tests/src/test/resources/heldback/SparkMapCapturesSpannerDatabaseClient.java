import com.google.cloud.spanner.DatabaseClient;
import com.google.cloud.spanner.DatabaseId;
import com.google.cloud.spanner.Key;
import com.google.cloud.spanner.Spanner;
import com.google.cloud.spanner.SpannerOptions;
import com.google.cloud.spanner.Struct;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Shape A, positive. Spanner's {@code DatabaseClient} is a handwritten interface (its
 * implementation wraps gRPC channels and a session pool), not a generated client class. An
 * enrichment job looks up each order's customer with a DatabaseClient built on the driver and
 * captured by the map lambda: Spark fails with {@code Task not serializable}
 * ({@code NotSerializableException: com.google.cloud.spanner.DatabaseClientImpl}).
 */
public class SparkMapCapturesSpannerDatabaseClient {
  public static void main(String[] args) {
    Spanner spanner = SpannerOptions.newBuilder().setProjectId("shop-prod").build().getService();
    DatabaseClient db = spanner.getDatabaseClient(DatabaseId.of("shop-prod", "orders", "orders-db"));
    try (JavaSparkContext sc = new JavaSparkContext()) {
      JavaRDD<String> customerIds = sc.textFile(args[0]);
      customerIds
          .map(
              id -> {
                Struct row =
                    // BUG: Diagnostic contains: `db` (DatabaseClient, a gRPC client)
                    db.singleUse().readRow("Customers", Key.of(id), List.of("Name", "Tier"));
                return row == null ? id + ",?" : id + "," + row.getString("Tier");
              })
          .saveAsTextFile(args[1]);
    } finally {
      spanner.close();
    }
  }
}
