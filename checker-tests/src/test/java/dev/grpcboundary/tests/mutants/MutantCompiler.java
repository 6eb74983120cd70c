package dev.grpcboundary.tests.mutants;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles variants the way a user's build does: javac with {@code -Xplugin:ErrorProne}, every
 * default Error Prone check on (errors as warnings, so that one of them firing on odd code does not
 * hide the rest) and our two checks at their own severities, the plugin jar found on the processor
 * path. Sources are real files (Error Prone's PackageInfo check fails on in-memory ones).
 *
 * <p>Many variants compile in one javac run, each in its own package. A variant with a javac error
 * stops Error Prone for the whole run, so a run with errors is repeated without the variants that
 * had them until one compiles cleanly: every variant counted as compiled really went through Error
 * Prone. A crash is Error Prone's "unhandled exception" diagnostic (attributed to the variant whose
 * file it names) or javac itself throwing (then each variant of the run is compiled alone to find
 * the culprit).
 */
public final class MutantCompiler {
  public static final String EP_CRASH = "An unhandled exception was thrown by the Error Prone";

  /** What happened to one variant. */
  public enum Outcome {
    COMPILED,
    JAVAC_ERROR,
    CRASH
  }

  /** One variant's result; {@code detail} holds the crash message or the first javac error. */
  public record Result(
      Mutator.Variant variant, Outcome outcome, String detail, List<String> findings) {}

  private final List<File> classPath;
  private final List<File> processorPath;
  private final Path workDir;
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  /**
   * One file manager for every run: it keeps the class path's jars open and indexed, which would
   * otherwise be redone for each of the ~240 jars in every run. Each run sets its own class path.
   */
  private final StandardJavaFileManager sharedFiles =
      javac.getStandardFileManager(null, Locale.ROOT, null);

  private int runs;
  private long plainNanos;
  private long errorProneNanos;

  public MutantCompiler(List<File> classPath, List<File> processorPath, Path workDir) {
    this.classPath = classPath;
    this.processorPath = processorPath;
    this.workDir = workDir;
  }

  /** Seconds spent in plain javac runs and in javac runs with Error Prone. */
  public String timeSplit() {
    return String.format(
        "%.1f s plain javac, %.1f s javac + Error Prone", plainNanos / 1e9, errorProneNanos / 1e9);
  }

  /** javac runs so far (including reruns). */
  public int runs() {
    return runs;
  }

  List<String> options(Path out, List<File> cp) {
    List<String> options = new ArrayList<>();
    options.add(
        "-Xplugin:ErrorProne -XepAllErrorsAsWarnings"
            + " -Xep:GrpcClientCrossesProcessBoundary:ERROR -Xep:EagerStaticGrpcClient:WARN");
    options.add("-XDcompilePolicy=simple");
    options.add("--should-stop=ifError=FLOW");
    // Error Prone runs when javac finishes FLOW (the ANALYZE event); lowering and class
    // generation run none of our code, so they are skipped to save time.
    options.add("--should-stop=ifNoError=FLOW");
    if (Runtime.version().feature() >= 21) {
      options.add("-XDaddTypeAnnotationsToSymbol=true");
    }
    options.addAll(
        List.of(
            "-proc:none",
            "-implicit:none",
            "-encoding",
            "UTF-8",
            "-Xmaxwarns",
            "100000",
            "-Xmaxerrs",
            "100000"));
    options.addAll(List.of("-d", out.toString()));
    options.addAll(List.of("-classpath", Mutator.join(cp)));
    options.addAll(List.of("-processorpath", Mutator.join(processorPath)));
    return options;
  }

  /** Compiles {@code variants} (on {@code cp}, a class path that may have holes). */
  public List<Result> compile(List<Mutator.Variant> variants, List<File> cp) {
    Map<Integer, Result> results = new LinkedHashMap<>();
    Map<Integer, Path> files = new HashMap<>();
    Path batchDir = workDir.resolve("batch-" + variants.get(0).number());
    try {
      for (Mutator.Variant v : variants) {
        Path file = batchDir.resolve("src").resolve(v.packageName()).resolve(v.seed().fileName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, v.text());
        files.put(v.number(), file);
      }
      // Plain javac first (parse and attribute, no Error Prone): cheap, and it finds the variants
      // that do not compile, so the Error Prone run sees only clean ones.
      long t0 = System.nanoTime();
      Map<String, String> plainErrors = new HashMap<>();
      // javac reports a class missing from the class path ("cannot access X") once per run, not
      // once per file that needs it: repeat the plain run on the variants that could need one
      // until no such error is left, so the Error Prone run does not have to peel them off.
      List<Mutator.Variant> suspects = variants;
      for (int round = 0; round < 12 && !suspects.isEmpty(); round++) {
        Map<String, String> found = plainErrors(suspects, files, cp);
        plainErrors.putAll(found);
        if (found.values().stream()
            .noneMatch(e -> e.contains("cannot access") || e.contains("class file for"))) {
          break;
        }
        boolean jarHole = cp.size() < classPath.size();
        suspects =
            variants.stream()
                .filter(v -> !plainErrors.containsKey(v.packageName()))
                .filter(v -> jarHole || v.text().contains("mutholes."))
                .toList();
      }
      plainNanos += System.nanoTime() - t0;
      List<Mutator.Variant> pending = new ArrayList<>();
      for (Mutator.Variant v : variants) {
        String error = plainErrors.get(v.packageName());
        if (error != null) {
          results.put(v.number(), new Result(v, Outcome.JAVAC_ERROR, error, List.of()));
        } else {
          pending.add(v);
        }
      }
      while (!pending.isEmpty()) {
        long t1 = System.nanoTime();
        Run run = run(pending, files, cp, batchDir);
        errorProneNanos += System.nanoTime() - t1;
        if (System.getProperty("mutants.verbose") != null) {
          System.err.printf(
              "  run of %d: %.1f s, errors in %d, crashes %d, thrown %s, unattributed %s%n",
              pending.size(),
              (System.nanoTime() - t1) / 1e9,
              run.errors.size(),
              run.crashes.size(),
              run.thrown != null,
              run.unattributed.isEmpty() ? "-" : run.unattributed.lines().findFirst().orElse(""));
          run.errors.forEach((k, v) -> System.err.println("    " + k + " " + v));
        }
        if (run.thrown != null) {
          if (pending.size() == 1) {
            results.put(
                pending.get(0).number(),
                new Result(pending.get(0), Outcome.CRASH, run.thrown, List.of()));
          } else {
            for (Mutator.Variant v : pending) {
              results.putAll(toMap(compile(List.of(v), cp)));
            }
          }
          break;
        }
        List<Mutator.Variant> next = new ArrayList<>();
        for (Mutator.Variant v : pending) {
          String crash = run.crashes.get(v.packageName());
          String error = run.errors.get(v.packageName());
          if (crash != null) {
            results.put(v.number(), new Result(v, Outcome.CRASH, crash, List.of()));
          } else if (error != null) {
            results.put(v.number(), new Result(v, Outcome.JAVAC_ERROR, error, List.of()));
          } else if (run.anyError) {
            next.add(v); // Error Prone did not run: compile again without the broken ones.
          } else {
            results.put(
                v.number(),
                new Result(
                    v,
                    Outcome.COMPILED,
                    "",
                    run.findings.getOrDefault(v.packageName(), List.of())));
          }
        }
        if (run.anyError && next.size() == pending.size()) {
          // Errors javac did not tie to a variant's file (a class missing from the class path):
          // Error Prone did not run on these, so none of them counts as compiled.
          for (Mutator.Variant v : next) {
            results.put(
                v.number(),
                new Result(v, Outcome.JAVAC_ERROR, "unattributed: " + run.unattributed, List.of()));
          }
          break;
        }
        pending = next;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(batchDir.resolve("classes"));
    }
    List<Result> ordered = new ArrayList<>();
    for (Mutator.Variant v : variants) {
      ordered.add(results.get(v.number()));
    }
    if (ordered.stream().allMatch(r -> r.outcome() != Outcome.CRASH)) {
      deleteTree(batchDir);
    }
    return ordered;
  }

  /** javac's errors per variant package, without Error Prone. */
  private Map<String, String> plainErrors(
      List<Mutator.Variant> variants, Map<Integer, Path> files, List<File> cp) throws IOException {
    Map<String, String> errors = new HashMap<>();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    {
      StandardJavaFileManager fm = sharedFiles;
      List<File> sources = new ArrayList<>();
      for (Mutator.Variant v : variants) {
        sources.add(files.get(v.number()).toFile());
      }
      List<String> options =
          List.of(
              "-proc:none",
              "-implicit:none",
              "-encoding",
              "UTF-8",
              "-nowarn",
              "-Xlint:none",
              "--should-stop=ifError=FLOW",
              "--should-stop=ifNoError=FLOW",
              "-Xmaxerrs",
              "100000",
              "-classpath",
              Mutator.join(cp));
      try {
        com.sun.source.util.JavacTask task =
            (com.sun.source.util.JavacTask)
                javac.getTask(
                    new PrintWriter(new StringWriter()),
                    fm,
                    diagnostics,
                    options,
                    null,
                    fm.getJavaFileObjectsFromFiles(sources));
        task.analyze();
      } catch (Throwable t) {
        return errors; // let the Error Prone run (and its crash handling) deal with it
      }
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String pkg = packageOf(d);
      if (pkg != null) {
        errors.merge(
            pkg,
            d.getLineNumber() + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""),
            (a, b) -> a);
      }
    }
    // Errors javac ties to no file are left to the Error Prone run, which repeats without the
    // variants its errors name (bisecting here cost more than it saved).
    return errors;
  }

  private static Map<Integer, Result> toMap(List<Result> list) {
    Map<Integer, Result> map = new HashMap<>();
    list.forEach(r -> map.put(r.variant().number(), r));
    return map;
  }

  private static final class Run {
    final Map<String, String> crashes = new HashMap<>();
    final Map<String, String> errors = new HashMap<>();
    final Map<String, List<String>> findings = new HashMap<>();
    boolean anyError;
    String unattributed = "";
    String thrown;
  }

  private Run run(
      List<Mutator.Variant> variants, Map<Integer, Path> files, List<File> cp, Path batchDir)
      throws IOException {
    runs++;
    Run run = new Run();
    Path out = batchDir.resolve("classes");
    deleteTree(out);
    Files.createDirectories(out);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    {
      StandardJavaFileManager fm = sharedFiles;
      List<File> sources = new ArrayList<>();
      for (Mutator.Variant v : variants) {
        sources.add(files.get(v.number()).toFile());
      }
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(sources);
      try {
        javac.getTask(new PrintWriter(log), fm, diagnostics, options(out, cp), null, units).call();
      } catch (Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        run.thrown =
            "javac threw: " + trace.toString().lines().limit(25).reduce("", (a, b) -> a + b + "\n");
        return run;
      }
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      String pkg = packageOf(d);
      if (message.contains(EP_CRASH)) {
        run.crashes.merge(pkg == null ? "?" : pkg, message, (a, b) -> a);
        if (pkg == null) {
          run.thrown = message; // cannot tell whose: compile each alone
        }
      } else if (d.getKind() == Diagnostic.Kind.ERROR
          && !message.startsWith("[GrpcClientCrossesProcessBoundary]")) {
        run.anyError = true;
        if (pkg != null) {
          run.errors.merge(
              pkg, d.getLineNumber() + ": " + message.lines().findFirst().orElse(""), (a, b) -> a);
        } else {
          run.unattributed = message;
        }
      }
      if (pkg != null
          && (message.startsWith("[GrpcClientCrossesProcessBoundary]")
              || message.startsWith("[EagerStaticGrpcClient]"))) {
        run.findings
            .computeIfAbsent(pkg, k -> new ArrayList<>())
            .add(d.getLineNumber() + ": " + message.lines().findFirst().orElse(""));
      }
    }
    return run;
  }

  /** The variant package a diagnostic's file lives in (the directory above the file). */
  private static String packageOf(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return null;
    }
    Path file = Path.of(d.getSource().toUri());
    return file.getParent() == null ? null : file.getParent().getFileName().toString();
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
