import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * Types that are Iterable of themselves: Jackson's `JsonNode` iterates over `JsonNode`s, `Path`
 * over `Path`s. Looking for a client among their elements once recursed forever (a
 * StackOverflowError that killed javac, found by eval/run on Flink's sources). They hold no
 * client; a container of clients beside them is still found.
 */
public class SelfIterableTypesInShippedCode {
  static class Job implements Serializable {
    private final JsonNode config;
    private final ObjectNode overrides;
    private final List<List<JsonNode>> batches;
    private final String inputName;
    private transient Path input;
    // BUG: Diagnostic contains: `channels` (List<List<ManagedChannel>>, which holds gRPC clients: ManagedChannel elements)
    private final List<List<ManagedChannel>> channels;

    Job(
        JsonNode config,
        ObjectNode overrides,
        List<List<JsonNode>> batches,
        String inputName,
        List<List<ManagedChannel>> channels) {
      this.config = config;
      this.overrides = overrides;
      this.batches = batches;
      this.inputName = inputName;
      this.input = Path.of(inputName);
      this.channels = channels;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      input = Path.of(inputName);
    }
  }

  JavaRDD<String> withSuffix(JavaRDD<String> names, JsonNode settings) {
    return names.map(name -> name + settings.path("suffix").asText());
  }
}
