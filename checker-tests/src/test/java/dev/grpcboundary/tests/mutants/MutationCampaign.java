package dev.grpcboundary.tests.mutants;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The mutation campaign: derives {@code count} variants from the seeds with a fixed campaign seed,
 * compiles them with the plugin and every default Error Prone check, and reports variants
 * generated, variants that compiled, javac errors, crashes and time. Deterministic for a given
 * seed, count and batch size (the same variants in the same batches, on the same class paths).
 *
 * <pre>
 * java ... dev.grpcboundary.tests.mutants.MutationCampaign --root . --seed 1 --count 8000 --out eval/target/mutants
 * </pre>
 *
 * (see {@code eval/mutants/run}). It needs the test class path of checker-tests and the javac
 * exports Error Prone needs; {@link MutationSampleTest} runs a fixed sample in the suite.
 */
public final class MutationCampaign {
  /**
   * Jars taken off the class path for some batches (never off the processor path, so Error Prone
   * and the plugin still load): a user's build with a client but not what it depends on.
   */
  static final List<String> JAR_HOLES =
      List.of(
          "/com/google/api/gax/",
          "/io/grpc/grpc-stub/",
          "/com/google/protobuf/",
          "/com/google/api/grpc/");

  /** Every fifth batch compiles with one {@link #JAR_HOLES} entry's jars left out, in turn. */
  static final int HOLE_EVERY = 5;

  /** The campaign's figures. */
  public record Report(
      long seed,
      int generated,
      int compiled,
      int javacErrors,
      int crashes,
      int findings,
      int javacRuns,
      long millis,
      long cpuMillis,
      int seeds,
      int edits,
      Map<String, int[]> perOperator,
      List<MutantCompiler.Result> crashResults) {
    /** Crashes whose stack trace names one of our checks (or javac dying, which may be ours). */
    public int ourCrashes() {
      return (int)
          crashResults.stream().filter(r -> isOurs(r) || crashedCheck(r).equals("javac")).count();
    }

    public String summary() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "mutants: seed %d: %d variants generated from %d seeds (%d edits), %d compiled, %d javac errors, %d crashes, %d findings of ours, %d javac runs, %.1f s (%.1f s CPU of the compiling thread)%n",
              seed,
              generated,
              seeds,
              edits,
              compiled,
              javacErrors,
              crashes,
              findings,
              javacRuns,
              millis / 1000.0,
              cpuMillis / 1000.0));
      out.append("  operator: variants using it / of those compiled\n");
      perOperator.forEach(
          (op, n) -> out.append(String.format("  %-40s %6d %6d%n", op, n[0], n[1])));
      out.append(
          String.format(
              "  crashes in our checks: %d; in Error Prone's own checks or javac: %d%n",
              ourCrashes(), crashes - ourCrashes()));
      for (MutantCompiler.Result r : crashResults) {
        out.append("CRASH in variant ")
            .append(r.variant().number())
            .append(" of ")
            .append(r.variant().seed().origin())
            .append(" ")
            .append(r.variant().operators())
            .append(":\n")
            .append(r.detail())
            .append('\n');
      }
      return out.toString();
    }
  }

  /** Which check threw, from Error Prone's crash report ("BugPattern: X"); "javac" if none. */
  static String crashedCheck(MutantCompiler.Result r) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("BugPattern: (\\w+)").matcher(r.detail());
    return m.find() ? m.group(1) : "javac";
  }

  static boolean isOurs(MutantCompiler.Result r) {
    String check = crashedCheck(r);
    return check.equals("GrpcClientCrossesProcessBoundary")
        || check.equals("EagerStaticGrpcClient");
  }

  private MutationCampaign() {}

  /**
   * Runs the campaign. {@code classPath} is what variants compile against (holes are added and jars
   * removed per batch); {@code processorPath} must hold Error Prone and the plugin jar.
   */
  public static Report run(
      Path root,
      long seed,
      int count,
      int batchSize,
      List<File> classPath,
      List<File> processorPath,
      Path workDir,
      java.io.PrintStream progress) {
    long t0 = System.nanoTime();
    long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path holes = Holes.build(workDir.resolve("holes"), classPath);
    List<File> fullPath = new ArrayList<>(classPath);
    fullPath.add(holes.toFile());
    List<Seed> seeds = Seed.load(root);
    Mutator mutator = Mutator.analyze(seeds, fullPath, workDir);
    MutantCompiler compiler = new MutantCompiler(fullPath, processorPath, workDir);

    int compiled = 0, errors = 0, crashes = 0, findings = 0;
    Map<String, int[]> perOperator = new TreeMap<>();
    List<MutantCompiler.Result> crashResults = new ArrayList<>();
    Path crashDir = workDir.resolve("crashes");
    int batches = (count + batchSize - 1) / batchSize;
    for (int b = 0; b < batches; b++) {
      List<Mutator.Variant> batch = new ArrayList<>();
      for (int i = b * batchSize; i < Math.min(count, (b + 1) * batchSize); i++) {
        batch.add(mutator.variant(seed, i));
      }
      List<File> cp = fullPath;
      if (b % HOLE_EVERY == HOLE_EVERY - 1) {
        String hole = JAR_HOLES.get((b / HOLE_EVERY) % JAR_HOLES.size());
        Predicate<File> keep = f -> !f.getPath().replace('\\', '/').contains(hole);
        cp = fullPath.stream().filter(keep).toList();
      }
      for (MutantCompiler.Result r : compiler.compile(batch, cp)) {
        switch (r.outcome()) {
          case COMPILED -> compiled++;
          case JAVAC_ERROR -> errors++;
          case CRASH -> {
            crashes++;
            crashResults.add(r);
            saveCrash(crashDir, r);
          }
        }
        findings += r.findings().size();
        for (String op : r.variant().operators()) {
          int[] n = perOperator.computeIfAbsent(op, k -> new int[2]);
          n[0]++;
          if (r.outcome() == MutantCompiler.Outcome.COMPILED) {
            n[1]++;
          }
        }
      }
      if (progress != null) {
        progress.printf(
            "mutants: %d/%d variants, %d compiled, %d javac errors, %d crashes, %.0f s (%s)%n",
            Math.min(count, (b + 1) * batchSize),
            count,
            compiled,
            errors,
            crashes,
            (System.nanoTime() - t0) / 1e9,
            compiler.timeSplit());
      }
    }
    return new Report(
        seed,
        count,
        compiled,
        errors,
        crashes,
        findings,
        compiler.runs(),
        (System.nanoTime() - t0) / 1_000_000,
        (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0)
            / 1_000_000,
        seeds.size(),
        mutator.editCount(),
        perOperator,
        crashResults);
  }

  private static void saveCrash(Path dir, MutantCompiler.Result r) {
    try {
      Path file = dir.resolve(r.variant().packageName()).resolve(r.variant().seed().fileName());
      Files.createDirectories(file.getParent());
      Files.writeString(file, r.variant().text());
      Files.writeString(
          file.resolveSibling("crash.txt"),
          r.variant().seed().origin() + " " + r.variant().operators() + "\n" + r.detail());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JVM's class path, as the test suite and eval/mutants/run set it up. */
  public static List<File> jvmClassPath() {
    List<File> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        files.add(new File(entry));
      }
    }
    return files;
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(".");
    long seed = 1;
    int count = 1000;
    int batch = 40;
    Path out = Path.of("eval/target/mutants");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--root" -> root = Path.of(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--count" -> count = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    MutantCompiler.deleteTree(out);
    List<File> cp = jvmClassPath();
    Report report = run(root, seed, count, batch, cp, cp, out, System.out);
    String summary = report.summary();
    System.out.print(summary);
    Files.writeString(out.resolve("report.txt"), summary);
    // Any crash fails the run; the summary says whose check it was.
    System.exit(report.crashes() == 0 ? 0 : 1);
  }
}
