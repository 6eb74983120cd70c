import com.google.cloud.MonitoredResource;
import com.google.cloud.logging.LogEntry;
import com.google.cloud.logging.Logging;
import com.google.cloud.logging.Payload.StringPayload;
import com.google.cloud.spanner.DatabaseAdminClient;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Shape B, negative. Composite {@code PTransform}s run {@code expand()} while the pipeline is
 * being constructed, on the launcher; Beam ships the DoFns and functions they create, not the
 * composite itself. Using a client field there, to read the table's DDL or log the build, is
 * correct whether the field is transient or not: the lambda handed to {@code MapElements} captures
 * only the column list, a plain {@code List<String>}.
 */
public class BeamCompositeTransformUsesClientOnlyInExpand {
  static class ToCsvMatchingSchema extends PTransform<PCollection<String>, PCollection<String>> {
    private final DatabaseAdminClient admin;
    private final String instance;
    private final String database;

    ToCsvMatchingSchema(DatabaseAdminClient admin, String instance, String database) {
      this.admin = admin;
      this.instance = instance;
      this.database = database;
    }

    @Override
    public PCollection<String> expand(PCollection<String> input) {
      List<String> ddl = admin.getDatabaseDdl(instance, database);
      List<String> columns = new ArrayList<>();
      for (String statement : ddl) {
        columns.add(statement.split("\\s+")[2]);
      }
      int width = columns.size();
      return input.apply(
          MapElements.into(TypeDescriptors.strings())
              .via(line -> String.join(",", List.of(line.split("\\|", width)))));
    }
  }

  static class LoggedStage extends PTransform<PCollection<String>, PCollection<String>> {
    private final transient Logging logging;

    LoggedStage(Logging logging) {
      this.logging = logging;
    }

    @Override
    public PCollection<String> expand(PCollection<String> input) {
      logging.write(
          List.of(
              LogEntry.newBuilder(StringPayload.of("building stage " + getName()))
                  .setResource(MonitoredResource.newBuilder("global").build())
                  .build()));
      return input.apply(MapElements.into(TypeDescriptors.strings()).via(String::trim));
    }
  }

  static PCollection<String> build(
      PCollection<String> lines, DatabaseAdminClient admin, Logging logging) {
    return lines
        .apply(new LoggedStage(logging))
        .apply(new ToCsvMatchingSchema(admin, "main", "events"));
  }
}
