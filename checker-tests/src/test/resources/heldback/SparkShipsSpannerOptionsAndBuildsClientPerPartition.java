import com.google.cloud.spanner.DatabaseClient;
import com.google.cloud.spanner.DatabaseId;
import com.google.cloud.spanner.Mutation;
import com.google.cloud.spanner.Spanner;
import com.google.cloud.spanner.SpannerOptions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Shape A, negative. The fix for the DatabaseClient capture: the driver ships only the
 * {@code SpannerOptions} (Serializable; it rebuilds its service lazily) and plain strings, and each
 * partition opens its own {@code Spanner} and {@code DatabaseClient} on the executor, writes its
 * mutations and closes it. Nothing holding a client crosses the boundary.
 */
public class SparkShipsSpannerOptionsAndBuildsClientPerPartition {
  public static void main(String[] args) {
    SpannerOptions options = SpannerOptions.newBuilder().setProjectId("shop-prod").build();
    String instance = "orders";
    String database = "orders-db";
    try (JavaSparkContext sc = new JavaSparkContext()) {
      sc.textFile(args[0])
          .foreachPartition(
              lines -> {
                Spanner spanner = options.getService();
                try {
                  DatabaseClient db =
                      spanner.getDatabaseClient(
                          DatabaseId.of(options.getProjectId(), instance, database));
                  List<Mutation> batch = new ArrayList<>();
                  while (lines.hasNext()) {
                    String[] f = lines.next().split(",");
                    batch.add(
                        Mutation.newInsertOrUpdateBuilder("Orders")
                            .set("OrderId").to(f[0])
                            .set("Status").to(f[1])
                            .build());
                  }
                  db.write(batch);
                } finally {
                  spanner.close();
                }
              });
    }
  }
}
