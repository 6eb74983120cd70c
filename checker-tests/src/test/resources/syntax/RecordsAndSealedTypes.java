import io.grpc.ManagedChannel;
import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;

/** Records and sealed types: components are fields, permitted classes are ordinary classes. */
public class RecordsAndSealedTypes {
  /** A Serializable record serializes its components, the channel included. */
  record Lookup(
      String key,
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a field of class `Lookup`, which is serialized
      ManagedChannel channel)
      implements Serializable {
    Lookup {
      key = key.trim();
    }

    JavaRDD<String> tag(JavaRDD<String> lines) {
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is read through `this` by a lambda (Spark `Function`) that Spark serializes and ships to executors, so the enclosing `Lookup` is serialized with it
      return lines.map(line -> key + line + channel.authority());
    }
  }

  /** Not Serializable itself, but it holds a channel: capturing it drags the channel along. */
  record Endpoint(String name, ManagedChannel channel) {}

  JavaRDD<String> viaRecord(JavaRDD<String> lines, Endpoint endpoint) {
    // BUG: Diagnostic contains: `endpoint` (Endpoint, which holds a gRPC client: ManagedChannel in field `channel`) is captured by a lambda (Spark `Function`)
    return lines.map(line -> line + endpoint.name());
  }

  /** Only strings: shipping it is the cure. */
  record Settings(String target, String project) implements Serializable {}

  JavaRDD<String> viaSettings(JavaRDD<String> lines, Settings settings) {
    return lines.map(line -> line + settings.target());
  }

  sealed interface Step extends Serializable permits Translate, Echo, Remote {}

  record Translate(
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a field of class `Translate`, which is serialized
      ManagedChannel channel)
      implements Step {}

  record Echo(String prefix) implements Step {}

  static final class Remote implements Step {
    private static final long serialVersionUID = 1L;
    private transient ManagedChannel channel;

    String call(String line) {
      return line + channel;
    }
  }

  JavaRDD<String> viaSealed(JavaRDD<String> lines, Translate translate, Echo echo, Step step) {
    return lines.map(
        // BUG: Diagnostic contains: `translate` (Translate, which holds a gRPC client: ManagedChannel in field `channel`) is captured
        line -> translate + line + echo.prefix()
            // A value of the sealed interface type itself: its declared type holds no client, and
            // the check does not guess which permitted class it is.
            + step);
  }
}
