package dev.grpcboundary.bench;

import dev.grpcboundary.bench.InProcessJavac.Mode;
import dev.grpcboundary.bench.InProcessJavac.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compile-time benchmark behind {@code bench/run}: what our checks add to javac + Error Prone
 * on real projects, how that grows with the size of a generated corpus, and whether memory stays
 * flat over many compilations in one JVM. The last line printed is {@code overhead: X.X%}, the
 * added CPU time of the compiling thread on the real corpus.
 *
 * <p>Options (all {@code --name value}): {@code processor-path} (Error Prone and the checker jar),
 * {@code checker-jar}, {@code generated-classpath}, {@code corpus} (a manifest of real projects,
 * one {@code name<TAB>source-list-file<TAB>class-path} a line), {@code work} (scratch directory),
 * {@code runs} (5), {@code warmups} (2), {@code scale-files} (files at 1x, 250), {@code
 * memory-compilations} (50), {@code memory-files} (100), {@code jit-warmup} (4 rounds before anything is measured), {@code parts} (scaling,memory,overhead; or repeat, with {@code mode}
 * and {@code compilations}, to profile one side).
 */
public final class Bench {
  private final Map<String, String> options;
  private final InProcessJavac javac;
  private final Path work;
  private final int runs;
  private final int warmups;

  private Bench(Map<String, String> options) {
    this.options = options;
    this.work = Path.of(required("work"));
    this.javac =
        new InProcessJavac(InProcessJavac.split(required("processor-path")), directory("classes"));
    this.runs = Integer.parseInt(options.getOrDefault("runs", "5"));
    this.warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
  }

  public static void main(String[] args) {
    long start = System.nanoTime();
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    Bench bench = new Bench(options);
    List<String> parts = List.of(options.getOrDefault("parts", "scaling,memory,overhead").split(","));
    bench.sanity();
    if (parts.contains("scaling")) {
      bench.scaling();
    }
    if (parts.contains("memory")) {
      bench.memory();
    }
    if (parts.contains("repeat")) {
      bench.repeat();
    }
    String overhead = parts.contains("overhead") ? bench.overhead() : null;
    long setup = Long.parseLong(options.getOrDefault("setup-seconds", "0"));
    System.out.printf(
        "%nbench/run took %.0f s (%d s setup, %.0f s measuring)%n",
        setup + (System.nanoTime() - start) / 1e9, setup, (System.nanoTime() - start) / 1e9);
    if (overhead != null) {
      System.out.println(overhead);
    }
  }

  /**
   * Proves the harness measures what it claims: with our checks on, the generated corpus yields
   * exactly its planted findings; with them off, none. The same code path runs every measurement.
   */
  private void sanity() {
    int files = 2 * GeneratedCorpus.FINDING_EVERY;
    Project project = GeneratedCorpus.write(directory("sanity"), files, required("generated-classpath"));
    Result baseline = Interleaved.checked(project, Mode.BASELINE, javac.compile(project, Mode.BASELINE));
    Result checks = Interleaved.checked(project, Mode.CHECKS, javac.compile(project, Mode.CHECKS));
    expectPlantedFindings(project, checks, files);
    System.out.printf(
        "sanity: %d generated files; baseline reports %d findings of ours, with checks %s%n",
        files, baseline.findingCount(), checks.findings());
    // javac and Error Prone take thousands of files to reach compiled code: without this, the
    // first measurement would see the JIT still speeding up, and its alternating order would not
    // cancel that out.
    int rounds = Integer.parseInt(options.getOrDefault("jit-warmup", "4"));
    int warmupFiles = Integer.parseInt(options.getOrDefault("scale-files", "250"));
    Project warmup =
        GeneratedCorpus.write(directory("generated-" + warmupFiles), warmupFiles, required("generated-classpath"));
    long start = System.nanoTime();
    // The first Flight Recorder recording in a JVM slowed the compilations right after its start
    // several times over: let that happen under a throwaway recording here, not in a measured run.
    try (SampleAttribution unused = new SampleAttribution(java.time.Duration.ofMillis(2))) {
      for (int i = 0; i < rounds; i++) {
        Interleaved.checked(warmup, Mode.BASELINE, javac.compile(warmup, Mode.BASELINE));
        Interleaved.checked(warmup, Mode.CHECKS, javac.compile(warmup, Mode.CHECKS));
      }
    }
    System.out.printf(
        "JIT warm-up: %d rounds of %d generated files each way, %.0f s%n",
        rounds, warmupFiles, (System.nanoTime() - start) / 1e9);
  }

  private void scaling() {
    int base = Integer.parseInt(options.getOrDefault("scale-files", "250"));
    // --scale-sizes 1000,5000,10000: these file counts instead of 1x, 2x, 4x of --scale-files.
    int[] sizes =
        options.containsKey("scale-sizes")
            ? java.util.Arrays.stream(options.get("scale-sizes").split(",")).mapToInt(Integer::parseInt).toArray()
            : new int[] {base, 2 * base, 4 * base};
    System.out.println();
    System.out.println("== Scaling: generated corpus at " + java.util.Arrays.toString(sizes) + " files");
    List<String> table = new ArrayList<>();
    table.add("| size | files | lines | baseline cpu | with checks cpu | added cpu | added per 1000 files | overhead cpu | overhead wall | samples in our code | our code, est. | est. per 1000 files |");
    table.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int files : sizes) {
      int factor = files / sizes[0];
      Project project =
          GeneratedCorpus.write(directory("generated-" + files), files, required("generated-classpath"));
      expectPlantedFindings(project, javac.compile(project, Mode.CHECKS), files);
      System.out.printf("%dx: %d files%n", factor, files);
      Interleaved.Figures figures = Interleaved.measure(javac, List.of(project), warmups, runs);
      Interleaved.describe(figures).forEach(System.out::println);
      long added = figures.checksCpu() - figures.baselineCpu();
      // Time in our code, estimated from the samples: steady under load, unlike a difference.
      long ours = (long) (figures.share().fraction() * figures.checksCpu());
      table.add(
          String.format(
              "| %dx | %d | %d | %s | %s | %s | %s | %+.1f%% | %+.1f%% | %.2f%% | %s | %s |",
              factor,
              project.sources().size(),
              project.lines(),
              Interleaved.seconds(figures.baselineCpu()),
              Interleaved.seconds(figures.checksCpu()),
              Interleaved.seconds(added),
              Interleaved.seconds(added * 1000L / files),
              100 * figures.cpuOverhead(),
              100 * figures.wallOverhead(),
              100 * figures.share().fraction(),
              Interleaved.seconds(ours),
              Interleaved.seconds(ours * 1000L / files)));
    }
    System.out.println();
    table.forEach(System.out::println);
  }

  /**
   * For profiling: compiles the generated corpus {@code --compilations} times in one {@code
   * --mode} (BASELINE or CHECKS), so a profiler attached to this JVM sees one side only.
   */
  private void repeat() {
    int files = Integer.parseInt(options.getOrDefault("scale-files", "250"));
    int compilations = Integer.parseInt(options.getOrDefault("compilations", "5"));
    Mode mode = Mode.valueOf(options.getOrDefault("mode", "CHECKS"));
    Project project =
        GeneratedCorpus.write(directory("generated-" + files), files, required("generated-classpath"));
    for (int i = 0; i < compilations; i++) {
      Result result = Interleaved.checked(project, mode, javac.compile(project, mode));
      System.out.printf(
          "  %s compilation %d: %s cpu, %s wall%n",
          mode, i + 1, Interleaved.seconds(result.cpuNanos()), Interleaved.seconds(result.wallNanos()));
    }
  }

  private void memory() {
    int compilations = Integer.parseInt(options.getOrDefault("memory-compilations", "50"));
    int files = Integer.parseInt(options.getOrDefault("memory-files", "100"));
    System.out.println();
    System.out.printf(
        "== Memory: %d compilations of the generated corpus (%d files) in one JVM, checks on%n",
        compilations, files);
    Project project =
        GeneratedCorpus.write(directory("generated-" + files), files, required("generated-classpath"));
    MemoryTrend.Figures figures = MemoryTrend.measure(javac, project, compilations);
    long[] heap = figures.heapAfterGc();
    int tenth = Math.max(1, heap.length / 5);
    System.out.printf(
        "  heap after GC: compilation 1 %s; mean of compilations 2-%d %s; mean of the last %d %s%n",
        MemoryTrend.megabytes(heap[0]),
        1 + tenth,
        MemoryTrend.megabytes(MemoryTrend.mean(heap, 1, Math.min(heap.length, 1 + tenth))),
        tenth,
        MemoryTrend.megabytes(MemoryTrend.mean(heap, heap.length - tenth, heap.length)));
    System.out.printf(
        "  trend (least squares, compilations 2-%d): %+.1f KB per compilation%n",
        heap.length, figures.slopePerCompilation() / 1024);
    System.out.printf(
        "  javac Contexts of finished compilations still reachable: %d of %d%n",
        figures.contextsAlive(), compilations);
    List<String> statics =
        StaticStateAudit.suspiciousStatics(
            Path.of(required("checker-jar")), InProcessJavac.split(required("processor-path")));
    System.out.println(
        "  static fields in the checker that could hold state across compilations: "
            + (statics.isEmpty() ? "none" : statics));
  }

  private String overhead() {
    List<Project> projects = new ArrayList<>();
    String manifest = options.get("corpus");
    if (manifest != null) {
      try {
        for (String line : Files.readAllLines(Path.of(manifest))) {
          String[] fields = line.split("\t");
          if (fields.length == 3 && !line.startsWith("#")) {
            projects.add(Project.fromSourceList(fields[0], Path.of(fields[1]), fields[2]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    System.out.println();
    if (projects.isEmpty()) {
      int files = 4 * Integer.parseInt(options.getOrDefault("scale-files", "250"));
      System.out.println("== Overhead: no real corpus given; generated corpus of " + files + " files");
      projects.add(
          GeneratedCorpus.write(directory("generated-" + files), files, required("generated-classpath")));
    } else {
      System.out.println("== Overhead on the real corpus");
    }
    int totalFiles = 0;
    for (Project project : projects) {
      System.out.printf(
          "  %s: %d files, %d lines%n", project.name(), project.sources().size(), project.lines());
      totalFiles += project.sources().size();
    }
    System.out.printf("  total: %d files in %d compilations%n", totalFiles, projects.size());
    Interleaved.Figures figures = Interleaved.measure(javac, projects, warmups, runs);
    Interleaved.describe(figures).forEach(System.out::println);
    // The median of per-run ratios: each ratio compares two compilations run back to back, so it
    // is steadier than the ratio of two medians when the machine's load drifts.
    return String.format("overhead: %.1f%%", 100 * figures.pairedCpuOverhead());
  }

  private static void expectPlantedFindings(Project project, Result checks, int files) {
    int expected = GeneratedCorpus.expectedFindingsPerCheck(files);
    for (String check : InProcessJavac.OUR_CHECKS) {
      int actual = checks.findings().getOrDefault(check, 0);
      if (actual != expected) {
        throw new IllegalStateException(
            project.name() + ": expected " + expected + " " + check + " findings, got " + actual);
      }
    }
  }

  private String required(String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  private Path directory(String name) {
    try {
      return Files.createDirectories(work.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
