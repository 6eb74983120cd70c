import com.google.cloud.MonitoredResource;
import com.google.cloud.logging.LogEntry;
import com.google.cloud.logging.Logging;
import com.google.cloud.logging.LoggingOptions;
import com.google.cloud.logging.Payload.StringPayload;
import java.util.List;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Shape A, positive. An audit step writes each event to Cloud Logging through
 * {@code com.google.cloud.logging.Logging}, a handwritten interface whose implementation
 * ({@code LoggingImpl}) holds a gRPC transport. The function keeps the job's {@code Logging}
 * instance in a plain field, so Flink's closure cleaner rejects it with
 * {@code InvalidProgramException: ... is not serializable}.
 */
public class FlinkMapFunctionHoldsCloudLogging {
  static class AuditFunction extends RichMapFunction<String, String> {
    // BUG: Diagnostic contains: `logging` (Logging, a gRPC client) is a field of class `AuditFunction`
    private final Logging logging;

    AuditFunction(Logging logging) {
      this.logging = logging;
    }

    @Override
    public String map(String event) {
      logging.write(
          List.of(
              LogEntry.newBuilder(StringPayload.of(event))
                  .setLogName("audit")
                  .setResource(MonitoredResource.newBuilder("global").build())
                  .build()));
      return event;
    }
  }

  static DataStream<String> audit(DataStream<String> events) {
    Logging logging = LoggingOptions.getDefaultInstance().getService();
    return events.map(new AuditFunction(logging));
  }
}
