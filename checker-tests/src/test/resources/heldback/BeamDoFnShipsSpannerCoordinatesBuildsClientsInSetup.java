import com.google.cloud.MonitoredResource;
import com.google.cloud.logging.LogEntry;
import com.google.cloud.logging.Logging;
import com.google.cloud.logging.LoggingOptions;
import com.google.cloud.logging.Payload.StringPayload;
import com.google.cloud.spanner.DatabaseClient;
import com.google.cloud.spanner.DatabaseId;
import com.google.cloud.spanner.Mutation;
import com.google.cloud.spanner.Spanner;
import com.google.cloud.spanner.SpannerOptions;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Shape A, negative. A Spanner sink DoFn written the way Beam recommends: it ships project,
 * instance and database ids, and builds {@code Spanner}, the {@code DatabaseClient} and a Cloud
 * {@code Logging} client in {@code @Setup}, in transient fields, closing them in
 * {@code @Teardown}. The interfaces are only ever created on the worker.
 */
public class BeamDoFnShipsSpannerCoordinatesBuildsClientsInSetup {
  static class WriteOrderFn extends DoFn<String, Void> {
    private final String project;
    private final String instance;
    private final String database;
    private transient Spanner spanner;
    private transient DatabaseClient db;
    private transient Logging logging;

    WriteOrderFn(String project, String instance, String database) {
      this.project = project;
      this.instance = instance;
      this.database = database;
    }

    @Setup
    public void setup() {
      spanner = SpannerOptions.newBuilder().setProjectId(project).build().getService();
      db = spanner.getDatabaseClient(DatabaseId.of(project, instance, database));
      logging = LoggingOptions.newBuilder().setProjectId(project).build().getService();
    }

    @ProcessElement
    public void processElement(@Element String order) {
      db.write(List.of(Mutation.newInsertBuilder("Orders").set("Raw").to(order).build()));
      logging.write(
          List.of(
              LogEntry.newBuilder(StringPayload.of("wrote " + order))
                  .setResource(MonitoredResource.newBuilder("global").build())
                  .build()));
    }

    @Teardown
    public void teardown() throws Exception {
      if (logging != null) {
        logging.close();
      }
      if (spanner != null) {
        spanner.close();
      }
    }
  }

  static void write(PCollection<String> orders) {
    orders.apply(ParDo.of(new WriteOrderFn("shop-prod", "orders", "orders-db")));
  }
}
