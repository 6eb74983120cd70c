import com.google.cloud.spanner.DatabaseClient;
import com.google.cloud.spanner.DatabaseId;
import com.google.cloud.spanner.Key;
import com.google.cloud.spanner.Spanner;
import com.google.cloud.spanner.SpannerOptions;
import com.google.cloud.spanner.Struct;
import java.io.Serializable;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Shape C, negative. A Flink enrichment function with a Serializable {@code ProfileStore} helper
 * holding a Spanner {@code DatabaseClient}. The function ships the {@code SpannerOptions} and
 * database coordinates only; the store is built in {@code open()}, on the task manager, and the
 * function's field for it is transient. No ProfileStore is constructed anywhere else.
 */
public class FlinkHelperWithClientCreatedInOpen {
  static class ProfileStore implements Serializable {
    private final Spanner spanner;
    private final DatabaseClient db;

    ProfileStore(SpannerOptions options, DatabaseId id) {
      this.spanner = options.getService();
      this.db = spanner.getDatabaseClient(id);
    }

    String segment(String userId) {
      Struct row = db.singleUse().readRow("Profiles", Key.of(userId), List.of("Segment"));
      return row == null ? "unknown" : row.getString("Segment");
    }

    void close() {
      spanner.close();
    }
  }

  static class EnrichFunction extends RichMapFunction<String, String> {
    private final SpannerOptions options;
    private final String instance;
    private final String database;
    private transient ProfileStore store;

    EnrichFunction(SpannerOptions options, String instance, String database) {
      this.options = options;
      this.instance = instance;
      this.database = database;
    }

    @Override
    public void open(OpenContext openContext) {
      store = new ProfileStore(options, DatabaseId.of(options.getProjectId(), instance, database));
    }

    @Override
    public String map(String userId) {
      return userId + "," + store.segment(userId);
    }

    @Override
    public void close() {
      if (store != null) {
        store.close();
      }
    }
  }

  static DataStream<String> enrich(DataStream<String> users, SpannerOptions options) {
    return users.map(new EnrichFunction(options, "users", "profiles"));
  }
}
