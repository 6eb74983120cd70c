import com.google.cloud.spanner.BatchClient;
import com.google.cloud.spanner.BatchReadOnlyTransaction;
import com.google.cloud.spanner.BatchTransactionId;
import com.google.cloud.spanner.DatabaseId;
import com.google.cloud.spanner.Partition;
import com.google.cloud.spanner.PartitionOptions;
import com.google.cloud.spanner.ResultSet;
import com.google.cloud.spanner.Spanner;
import com.google.cloud.spanner.SpannerOptions;
import com.google.cloud.spanner.Statement;
import com.google.cloud.spanner.TimestampBound;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Shape A, positive. The partitioned-read recipe from the Spanner docs, moved onto Spark: the
 * driver plans partitions with a {@code BatchClient} and ships the (serializable) partitions and
 * transaction id, which is right, but the flatMap lambda also captures the driver's
 * {@code BatchClient} (an interface whose implementation holds the gRPC channels) to reopen the
 * transaction on the executor. Spark fails with {@code Task not serializable}. The cure is to
 * ship {@code SpannerOptions} and call {@code getBatchClient} per partition.
 */
public class SparkSpannerBatchClientCapturedByPartitionReader {
  public static void main(String[] args) {
    SpannerOptions options = SpannerOptions.newBuilder().setProjectId("analytics").build();
    Spanner spanner = options.getService();
    BatchClient batch = spanner.getBatchClient(DatabaseId.of("analytics", "main", "events"));
    BatchReadOnlyTransaction txn = batch.batchReadOnlyTransaction(TimestampBound.strong());
    List<Partition> partitions =
        txn.partitionQuery(
            PartitionOptions.getDefaultInstance(), Statement.of("SELECT id, payload FROM Events"));
    BatchTransactionId txnId = txn.getBatchTransactionId();
    try (JavaSparkContext sc = new JavaSparkContext()) {
      long count =
          sc.parallelize(partitions, partitions.size())
              .flatMap(
                  partition -> {
                    List<String> ids = new ArrayList<>();
                    // BUG: Diagnostic contains: `batch` (BatchClient, a gRPC client)
                    try (ResultSet rs = batch.batchReadOnlyTransaction(txnId).execute(partition)) {
                      while (rs.next()) {
                        ids.add(rs.getString("id"));
                      }
                    }
                    return ids.iterator();
                  })
              .count();
      System.out.println(count);
    } finally {
      txn.close();
      spanner.close();
    }
  }
}
