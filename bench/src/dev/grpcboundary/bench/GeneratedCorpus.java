package dev.grpcboundary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a corpus of Java files shaped like the code our checks work hardest on: Serializable
 * classes with many fields (some of user types several levels deep), serializable and plain
 * lambdas, method references, anonymous and inner classes, and gRPC channels used correctly
 * (shared between threads, transient and set on use). Every {@value #FINDING_EVERY}th file also
 * holds one real finding of each check, so a run can prove that the checks ran.
 *
 * <p>The output is deterministic: file {@code i} is the same at every size, so a corpus of size
 * 2n is the corpus of size n plus n more files of the same shape.
 */
final class GeneratedCorpus {
  static final int FINDING_EVERY = 20;
  private static final int PACKAGES = 16;

  private GeneratedCorpus() {}

  /** Writes {@code files} classes (plus two shared interfaces) under {@code root}. */
  static Project write(Path root, int files, String classpath) {
    try {
      Path gen = Files.createDirectories(root.resolve("gen"));
      Files.writeString(
          gen.resolve("SerFunction.java"),
          """
          package gen;

          /** A function that an engine serializes and ships, like Spark's or Beam's. */
          public interface SerFunction<A, B> extends java.io.Serializable {
            B apply(A value);
          }
          """);
      Files.writeString(
          gen.resolve("Sink.java"),
          """
          package gen;

          /** A serializable consumer, implemented by anonymous classes. */
          public interface Sink<T> extends java.io.Serializable {
            void accept(T value);
          }
          """);
      List<Path> sources = new ArrayList<>(List.of(gen.resolve("SerFunction.java"), gen.resolve("Sink.java")));
      for (int i = 0; i < files; i++) {
        Path directory = Files.createDirectories(gen.resolve("p" + (i % PACKAGES)));
        Path file = directory.resolve("C" + i + ".java");
        Files.writeString(file, source(i));
        sources.add(file);
      }
      return new Project("generated-" + files, sources, classpath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many findings of each check a corpus of {@code files} files holds. */
  static int expectedFindingsPerCheck(int files) {
    return (files + FINDING_EVERY - 1) / FINDING_EVERY;
  }

  private static String source(int i) {
    String previous = i == 0 ? "String" : "gen.p" + ((i - 1) % PACKAGES) + ".C" + (i - 1) + ".Record" + (i - 1);
    String previousValue = i == 0 ? "\"root\"" : "null";
    boolean withFindings = i % FINDING_EVERY == 0;
    return """
        package gen.p%1$d;

        import gen.SerFunction;
        import gen.Sink;
        import io.grpc.ManagedChannel;
        import io.grpc.ManagedChannelBuilder;
        import java.io.Serializable;
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.concurrent.ExecutorService;
        import java.util.function.Function;
        import java.util.function.Supplier;
        import java.util.stream.Collectors;

        public class C%2$d implements Serializable {
          private static final long serialVersionUID = 1L;
        %4$s
          private final String name;
          private int count;
          private final List<String> items = new ArrayList<>();
          private final Map<String, Integer> index = new HashMap<>();
          private final Record%2$d record;
          private final Optional<String> label;
          private final %3$s previous;
          private transient ManagedChannel channel;

          public C%2$d(String name) {
            this.name = name;
            this.record = new Record%2$d(name, %2$d, new ArrayList<>());
            this.label = Optional.of(name);
            this.previous = %6$s;
          }

          /** A serializable value type with a recursive field. */
          public static final class Record%2$d implements Serializable {
            private static final long serialVersionUID = 1L;
            final String key;
            final int weight;
            final List<Record%2$d> children;
            Record%2$d parent;

            Record%2$d(String key, int weight, List<Record%2$d> children) {
              this.key = key;
              this.weight = weight;
              this.children = children;
            }

            int total() {
              return weight + children.stream().mapToInt(Record%2$d::total).sum();
            }
          }

          /** Opened where it is used, not in the constructor: transient and fine. */
          void open() {
            if (channel == null) {
              channel = ManagedChannelBuilder.forTarget("localhost:%2$d").usePlaintext().build();
            }
          }

          public List<String> transform(List<String> input, SerFunction<String, String> f) {
            SerFunction<String, Integer> length = s -> s.length() + count;
            SerFunction<String, String> upper = String::toUpperCase;
            SerFunction<String, String> tagged = s -> name + ":" + f.apply(upper.apply(s));
            Function<String, String> trim = s -> s.trim();
            Supplier<Integer> size = () -> items.size() + index.size();
            Sink<String> sink =
                new Sink<String>() {
                  private static final long serialVersionUID = 1L;

                  @Override
                  public void accept(String value) {
                    items.add(value + record.key);
                    index.merge(value, 1, Integer::sum);
                  }
                };
            Runnable counter =
                new Runnable() {
                  @Override
                  public void run() {
                    count += size.get();
                  }
                };
            counter.run();
            List<String> out =
                input.stream()
                    .map(trim)
                    .filter(s -> !s.isEmpty())
                    .map(tagged::apply)
                    .map(s -> s + length.apply(s) + label.orElse(""))
                    .collect(Collectors.toList());
            out.forEach(sink::accept);
            return out;
          }

          /** One channel shared by the threads of one process: correct, never a finding. */
          public void share(ExecutorService pool) {
            ManagedChannel local = ManagedChannelBuilder.forTarget("localhost:%2$d").usePlaintext().build();
            pool.submit(() -> local.authority() + name);
            Runnable later = () -> System.out.println(local.authority() + items.size());
            later.run();
            local.shutdown();
          }

          final class Inner implements Serializable {
            private static final long serialVersionUID = 1L;
            private final Record%2$d own = record;

            int value() {
              return count + items.size() + own.total();
            }
          }
        %5$s}
        """
        .formatted(
            i % PACKAGES,
            i,
            previous,
            withFindings
                ? "  static final ManagedChannel EAGER =\n"
                    + "      ManagedChannelBuilder.forTarget(\"localhost:1\").usePlaintext().build();\n"
                : "",
            withFindings
                ? """

                  /** Ships a channel inside a serializable lambda: one finding. */
                  public SerFunction<String, String> leaky() {
                    ManagedChannel shipped = ManagedChannelBuilder.forTarget("localhost:2").build();
                    return s -> s + shipped.authority();
                  }
                """
                : "",
            previousValue);
  }
}
