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
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;

/**
 * A DataSource V2 reader in the shape of the Spanner connector: the scan, made Serializable by
 * habit, plans partitions on the driver with the driver's BatchClient; the partitions carry the
 * transaction id and the Spanner partition (both Serializable); the reader factory carries only the
 * database coordinates and opens its own client in createReader, on the executor. Nothing here
 * ships a client.
 */
public class SparkDataSourceV2PlansWithDriverClientReadsPerPartition {
  static final class SpannerScan implements Scan, Batch, Serializable {
    private final BatchClient planner;
    private final DatabaseId database;
    private final String sql;

    SpannerScan(BatchClient planner, DatabaseId database, String sql) {
      this.planner = planner;
      this.database = database;
      this.sql = sql;
    }

    @Override
    public StructType readSchema() {
      return new StructType().add("json", "string");
    }

    @Override
    public Batch toBatch() {
      return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
      BatchReadOnlyTransaction txn = planner.batchReadOnlyTransaction(TimestampBound.strong());
      List<Partition> partitions =
          txn.partitionQuery(PartitionOptions.getDefaultInstance(), Statement.of(sql));
      return partitions.stream()
          .map(partition -> new SpannerPartition(txn.getBatchTransactionId(), partition))
          .toArray(InputPartition[]::new);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
      return new SpannerReaderFactory(database.getName());
    }
  }

  record SpannerPartition(BatchTransactionId transaction, Partition partition)
      implements InputPartition {}

  static final class SpannerReaderFactory implements PartitionReaderFactory {
    private final String database;

    SpannerReaderFactory(String database) {
      this.database = database;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition input) {
      SpannerPartition partition = (SpannerPartition) input;
      Spanner spanner = SpannerOptions.newBuilder().build().getService();
      BatchClient reader = spanner.getBatchClient(DatabaseId.of(database));
      ResultSet rows =
          reader.batchReadOnlyTransaction(partition.transaction()).execute(partition.partition());
      return new PartitionReader<>() {
        @Override
        public boolean next() {
          return rows.next();
        }

        @Override
        public InternalRow get() {
          return InternalRow.empty();
        }

        @Override
        public void close() {
          rows.close();
          spanner.close();
        }
      };
    }
  }
}
