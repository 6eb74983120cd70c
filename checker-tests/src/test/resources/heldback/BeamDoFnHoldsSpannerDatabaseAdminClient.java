import com.google.cloud.spanner.DatabaseAdminClient;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Shape A, positive. A schema-migration step in a Beam pipeline: each element names a tenant whose
 * table must be created. The DoFn keeps the driver's {@code DatabaseAdminClient} (an interface in
 * {@code com.google.cloud.spanner}, backed by gRPC) in a non-transient field set by its
 * constructor, so serializing the DoFn at {@code Pipeline.run()} fails with
 * {@code unable to serialize DoFnWithExecutionInformation}.
 */
public class BeamDoFnHoldsSpannerDatabaseAdminClient {
  static class CreateTenantTableFn extends DoFn<String, String> {
    // BUG: Diagnostic contains: `admin` (DatabaseAdminClient, a gRPC client) is a field of class `CreateTenantTableFn`
    private final DatabaseAdminClient admin;
    private final String instance;
    private final String database;

    CreateTenantTableFn(DatabaseAdminClient admin, String instance, String database) {
      this.admin = admin;
      this.instance = instance;
      this.database = database;
    }

    @ProcessElement
    public void processElement(@Element String tenant, OutputReceiver<String> out) throws Exception {
      admin
          .updateDatabaseDdl(
              instance,
              database,
              List.of("CREATE TABLE Events_" + tenant + " (Id STRING(36)) PRIMARY KEY (Id)"),
              null)
          .get();
      out.output(tenant);
    }
  }

  static PCollection<String> migrate(
      PCollection<String> tenants, DatabaseAdminClient admin, String instance, String database) {
    return tenants.apply(ParDo.of(new CreateTenantTableFn(admin, instance, database)));
  }
}
