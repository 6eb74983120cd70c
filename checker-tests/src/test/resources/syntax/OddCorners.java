import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/** Less common places for shipped code and clients; none may crash the analysis. */
public class OddCorners {
  /** An interface's default method and constant. */
  interface Tagging {
    Function<String, String> IDENTITY = line -> line;

    ManagedChannel channel();

    /** `this` is a Tagging, whose declared type holds no client: no finding rather than a guess. */
    default JavaRDD<String> tag(JavaRDD<String> lines) {
      return lines.map(line -> line + channel().authority());
    }
  }

  /** A local enum and a local interface (Java 16), declared inside a method. */
  JavaRDD<String> localTypes(JavaRDD<String> lines, ManagedChannel channel) {
    enum Mode {
      UPPER,
      LOWER
    }
    interface Shaper extends Function<String, String> {}
    Shaper shaper = line -> line.toUpperCase() + Mode.UPPER;
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
    return lines.map(shaper).map(line -> line + channel.authority());
  }

  /** A switch expression with yield, inside the lambda. */
  JavaRDD<String> yielding(JavaRDD<String> lines, ManagedChannel channel) {
    return lines.map(
        line -> {
          String tagged =
              switch (line.length()) {
                case 0 -> "";
                default -> {
                  // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
                  String authority = channel.authority();
                  yield line + authority;
                }
              };
          return tagged;
        });
  }

  /** `var` locals, including one of an anonymous (non-denotable) type that holds a channel. */
  JavaRDD<String> varLocals(JavaRDD<String> lines, ManagedChannel channel) {
    var copy = channel;
    var holder =
        new Object() {
          final ManagedChannel held = channel;
        };
    return lines
        // BUG: Diagnostic contains: `copy` (ManagedChannel, a gRPC client) is captured
        .map(line -> line + copy.authority())
        // BUG: Diagnostic contains: `holder` (anonymous Object, which holds a gRPC client: ManagedChannel in field `held`) is captured
        .map(line -> line + holder.held);
  }

  /** Varargs, arrays and wildcards of clients. */
  JavaRDD<String> containers(
      JavaRDD<String> lines,
      List<? extends Channel> upper,
      List<? super ManagedChannel> lower,
      ManagedChannel... many) {
    return lines
        // BUG: Diagnostic contains: `many` (ManagedChannel[], which holds gRPC clients
        .map(line -> line + many.length)
        // BUG: Diagnostic contains: `upper` (List<? extends Channel>, which holds gRPC clients
        .map(line -> line + upper.size())
        // `? super ManagedChannel` may hold anything: no finding rather than a guess.
        .map(line -> line + lower.size());
  }

  /** Method references of every form. */
  static final class References implements Serializable {
    private static final long serialVersionUID = 1L;
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a transient field of class `References`, which is serialized to cross into another process. It is set only at its declaration
    private final transient ManagedChannel channel =
        ManagedChannelBuilder.forTarget("dns:///svc:443").build();

    String tag(String line) {
      return line;
    }

    JavaRDD<String> refs(JavaRDD<String> lines, ManagedChannel local) {
      return lines
          .map(this::tag)
          .map(References.this::tag)
          .map(String::trim)
          .map(OddCorners::staticTag)
          // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is the bound receiver of a method reference (Spark `Function`)
          .map(local::equals)
          .map(String::valueOf);
    }
  }

  static String staticTag(String line) {
    return line;
  }

  /** Lambdas in instance initializer blocks and constructor calls. */
  static class Base {
    final Function<String, String> function;

    Base(Function<String, String> function) {
      this.function = function;
    }
  }

  static final class Derived extends Base {
    Function<String, String> fromBlock;

    {
      ManagedChannel scoped = ManagedChannelBuilder.forTarget("dns:///svc:443").build();
      // BUG: Diagnostic contains: `scoped` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
      fromBlock = line -> line + scoped.authority();
    }

    Derived(ManagedChannel channel) {
      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)
      super(line -> line + channel.authority());
    }
  }

  /** An anonymous DoFn in a static field initializer, using a lazily made channel. */
  static final DoFn<String, String> ANONYMOUS_FN =
      new DoFn<String, String>() {
        private transient ManagedChannel channel;

        @Setup
        public void setup() {
          channel = ManagedChannelBuilder.forTarget("dns:///svc:443").build();
        }

        @ProcessElement
        public void process(@Element String line, OutputReceiver<String> out) {
          out.output(line + channel.authority());
        }
      };

  /** A Serializable supplier that returns a new channel: a factory, not a client. */
  static final Supplier<ManagedChannel> FACTORY =
      (Supplier<ManagedChannel> & Serializable)
          () -> ManagedChannelBuilder.forTarget("dns:///svc:443").build();

  /** A recursive generic bound and a raw type. */
  static <T extends Comparable<T>> JavaRDD<String> bounded(JavaRDD<String> lines, T key) {
    return lines.map(line -> line + key);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  JavaRDD<String> raw(JavaRDD<String> lines, List rawChannels) {
    return lines.map(line -> line + rawChannels.size());
  }
}
