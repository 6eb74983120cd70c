package dev.grpcboundary.bench;

import dev.grpcboundary.bench.InProcessJavac.Mode;
import dev.grpcboundary.bench.InProcessJavac.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures what our checks add to compiling a set of projects: each run compiles every project
 * once with Error Prone's checks all disabled (baseline) and once with ours on, back to back, in
 * alternating order (baseline first in even runs, ours first in odd ones), so that drift in the
 * machine's load hits both sides alike.
 */
final class Interleaved {
  /** Methods of ours listed under the sample share, most sampled first. */
  private static final int HOTSPOTS_SHOWN = 15;

  private Interleaved() {}

  /** Medians over the measured runs; each run's figure is the sum over all projects. */
  record Figures(
      int runs,
      long baselineCpu,
      long checksCpu,
      long baselineWall,
      long checksWall,
      double pairedCpuOverhead,
      SampleAttribution.Share share,
      Map<String, Integer> findings) {
    double cpuOverhead() {
      return (double) checksCpu / baselineCpu - 1;
    }

    double wallOverhead() {
      return (double) checksWall / baselineWall - 1;
    }
  }

  static Figures measure(InProcessJavac javac, List<Project> projects, int warmups, int runs) {
    for (int i = 0; i < warmups; i++) {
      for (Project project : projects) {
        checked(project, Mode.BASELINE, javac.compile(project, Mode.BASELINE));
        javac.compile(project, Mode.CHECKS);
      }
    }
    long[] baselineCpu = new long[runs];
    long[] checksCpu = new long[runs];
    long[] baselineWall = new long[runs];
    long[] checksWall = new long[runs];
    double[] pairedCpu = new double[runs];
    Map<String, Integer> findings = new LinkedHashMap<>();
    SampleAttribution attribution = new SampleAttribution(Duration.ofMillis(2));
    for (int run = 0; run < runs; run++) {
      for (Project project : projects) {
        Mode first = run % 2 == 0 ? Mode.BASELINE : Mode.CHECKS;
        Mode second = first == Mode.BASELINE ? Mode.CHECKS : Mode.BASELINE;
        Result a = compile(javac, project, first, attribution);
        Result b = compile(javac, project, second, attribution);
        Result baseline = first == Mode.BASELINE ? a : b;
        Result checks = first == Mode.BASELINE ? b : a;
        baselineCpu[run] += baseline.cpuNanos();
        checksCpu[run] += checks.cpuNanos();
        baselineWall[run] += baseline.wallNanos();
        checksWall[run] += checks.wallNanos();
        if (run == 0) {
          checks.findings().forEach((check, n) -> findings.merge(check, n, Integer::sum));
        }
      }
      pairedCpu[run] = (double) checksCpu[run] / baselineCpu[run] - 1;
      System.out.printf(
          "  run %d: baseline %s cpu / %s wall, with checks %s cpu / %s wall (%+.1f%% cpu)%n",
          run + 1,
          seconds(baselineCpu[run]),
          seconds(baselineWall[run]),
          seconds(checksCpu[run]),
          seconds(checksWall[run]),
          100 * pairedCpu[run]);
    }
    SampleAttribution.Share share = attribution.share();
    attribution.close();
    return new Figures(
        runs,
        median(baselineCpu),
        median(checksCpu),
        median(baselineWall),
        median(checksWall),
        median(pairedCpu),
        share,
        findings);
  }

  private static Result compile(
      InProcessJavac javac, Project project, Mode mode, SampleAttribution attribution) {
    Instant start = Instant.now();
    Result result = checked(project, mode, javac.compile(project, mode));
    if (mode == Mode.CHECKS) {
      attribution.checkedCompilation(start, Instant.now());
    } else {
      attribution.baselineCompilation(start, Instant.now());
    }
    return result;
  }

  /**
   * A baseline with compile errors measures nothing (Error Prone only runs on code that compiles),
   * and a baseline with our findings means our checks were not off.
   */
  static Result checked(Project project, Mode mode, Result result) {
    if (result.errors() > 0) {
      throw new IllegalStateException(
          project.name() + " (" + mode + ") has " + result.errors() + " compile errors, e.g.\n  "
              + String.join("\n  ", result.firstErrors()));
    }
    if (mode == Mode.BASELINE && result.findingCount() > 0) {
      throw new IllegalStateException(project.name() + ": our checks reported in the baseline");
    }
    return result;
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String seconds(long nanos) {
    return String.format("%.2fs", nanos / 1e9);
  }

  static List<String> describe(Figures figures) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "  medians of %d runs: baseline %s cpu / %s wall; with checks %s cpu / %s wall",
            figures.runs(),
            seconds(figures.baselineCpu()),
            seconds(figures.baselineWall()),
            seconds(figures.checksCpu()),
            seconds(figures.checksWall())));
    lines.add(
        String.format(
            "  ratio (checks / baseline): cpu %.4f (%+.1f%%), wall %.4f (%+.1f%%); median of per-run cpu ratios %+.1f%%",
            1 + figures.cpuOverhead(),
            100 * figures.cpuOverhead(),
            1 + figures.wallOverhead(),
            100 * figures.wallOverhead(),
            100 * figures.pairedCpuOverhead()));
    SampleAttribution.Share share = figures.share();
    lines.add(
        String.format(
            "  compiling-thread samples with checks on: %d, in our code: %d (%.2f%%), in Error Prone: %d;"
                + " baseline: %d, in Error Prone: %d",
            share.samples(),
            share.inOurCode(),
            100 * share.fraction(),
            share.inErrorProne(),
            share.baselineSamples(),
            share.baselineInErrorProne()));
    lines.add("  our methods by samples with them on the stack / as the innermost frame of ours:");
    share.hotspots().stream()
        .limit(HOTSPOTS_SHOWN)
        .forEach(hotspot -> lines.add(String.format("    %5d  %s", hotspot.getValue(), hotspot.getKey())));
    lines.add("    --");
    share.leaves().stream()
        .limit(HOTSPOTS_SHOWN)
        .forEach(leaf -> lines.add(String.format("    %5d  %s", leaf.getValue(), leaf.getKey())));
    lines.add("  findings of our checks per compilation of the set: " + figures.findings());
    return lines;
  }
}
