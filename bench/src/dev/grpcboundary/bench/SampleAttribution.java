package dev.grpcboundary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A second, load-independent view of the overhead: Flight Recorder samples the compiling thread
 * every few milliseconds, and the share of samples taken during compilations with our checks on
 * whose stack holds a frame of our checker is the share of that thread's time spent in our code.
 * Unlike a difference of two timings it does not drift when other processes compete for the CPU.
 * It is a lower bound: Error Prone's dispatch to our matchers runs in its own frames.
 */
final class SampleAttribution implements AutoCloseable {
  private static final String OUR_PACKAGE = "dev.grpcboundary.";
  private static final String HARNESS_PACKAGE = "dev.grpcboundary.bench.";
  private static final String ERROR_PRONE_PACKAGE = "com.google.errorprone.";

  private final Recording recording = new Recording();
  private final List<Instant[]> checkedWindows = new ArrayList<>();
  private final List<Instant[]> baselineWindows = new ArrayList<>();
  private final long threadId = Thread.currentThread().getId();

  /**
   * Samples of the compiling thread, by side. Both sides compile the same projects equally often,
   * so counts compare directly.
   *
   * @param samples taken during compilations with our checks on
   * @param inOurCode of those, with a frame of our checker on the stack
   * @param inErrorProne of those, with a frame of Error Prone on the stack (its scanner calls our
   *     matchers, so this includes {@code inOurCode})
   * @param baselineSamples taken during baseline compilations
   * @param baselineInErrorProne of those, with a frame of Error Prone on the stack
   * @param hotspots of the samples in our code, how many had each method of ours on the stack
   *     (inclusive, so callers include their callees: where to look first when the share grows),
   *     most first
   * @param leaves of the samples in our code, how many had each method of ours as the innermost
   *     frame of ours (its own work and the library code it calls), most first
   */
  record Share(
      long samples,
      long inOurCode,
      long inErrorProne,
      long baselineSamples,
      long baselineInErrorProne,
      List<Map.Entry<String, Long>> hotspots,
      List<Map.Entry<String, Long>> leaves) {
    double fraction() {
      return samples == 0 ? 0 : (double) inOurCode / samples;
    }
  }

  SampleAttribution(Duration period) {
    recording.enable("jdk.ExecutionSample").withPeriod(period).withStackTrace();
    recording.setToDisk(true);
    recording.start();
  }

  /** Marks [start, end] as a compilation with our checks on, on this thread. */
  void checkedCompilation(Instant start, Instant end) {
    checkedWindows.add(new Instant[] {start, end});
  }

  /** Marks [start, end] as a baseline compilation, on this thread. */
  void baselineCompilation(Instant start, Instant end) {
    baselineWindows.add(new Instant[] {start, end});
  }

  Share share() {
    recording.stop();
    try {
      Path file = Files.createTempFile("bench-", ".jfr");
      try {
        recording.dump(file);
        String keep = System.getenv("BENCH_JFR");
        if (keep != null && !keep.isEmpty()) {
          // For a closer look: `jfr print --events jdk.ExecutionSample $BENCH_JFR`.
          Files.copy(file, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
        long[] counts = new long[5];
        Map<String, Long> hotspots = new HashMap<>();
        Map<String, Long> leaves = new HashMap<>();
        try (RecordingFile events = new RecordingFile(file)) {
          while (events.hasMoreEvents()) {
            RecordedEvent event = events.readEvent();
            RecordedThread thread = event.getThread("sampledThread");
            if (thread == null || thread.getJavaThreadId() != threadId) {
              continue;
            }
            boolean errorProne = hasFrame(event.getStackTrace(), ERROR_PRONE_PACKAGE, null);
            if (within(checkedWindows, event.getStartTime())) {
              counts[0]++;
              Set<String> ours = methodsOnStack(event.getStackTrace(), OUR_PACKAGE, HARNESS_PACKAGE);
              if (!ours.isEmpty()) {
                counts[1]++;
                ours.forEach(method -> hotspots.merge(method, 1L, Long::sum));
                leaves.merge(ours.iterator().next(), 1L, Long::sum);
              }
              counts[2] += errorProne ? 1 : 0;
            } else if (within(baselineWindows, event.getStartTime())) {
              counts[3]++;
              counts[4] += errorProne ? 1 : 0;
            }
          }
        }
        return new Share(
            counts[0], counts[1], counts[2], counts[3], counts[4], ranked(hotspots), ranked(leaves));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map.Entry<String, Long>> ranked(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    return ranked;
  }

  private static boolean within(List<Instant[]> windows, Instant time) {
    for (Instant[] window : windows) {
      if (!time.isBefore(window[0]) && !time.isAfter(window[1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasFrame(RecordedStackTrace stack, String prefix, String except) {
    return !methodsOnStack(stack, prefix, except).isEmpty();
  }

  /**
   * {@code Type.method} of every frame whose type starts with prefix, each once, innermost first.
   * Error Prone's matchers are lambdas in hidden classes, which are left out.
   */
  private static Set<String> methodsOnStack(
      RecordedStackTrace stack, String prefix, String except) {
    Set<String> methods = new LinkedHashSet<>();
    if (stack == null) {
      return methods;
    }
    for (RecordedFrame frame : stack.getFrames()) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith(prefix)
          && (except == null || !type.startsWith(except))
          && !frame.getMethod().isHidden()) {
        methods.add(type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName());
      }
    }
    return methods;
  }

  @Override
  public void close() {
    recording.close();
  }
}
