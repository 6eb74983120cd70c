package dev.grpcboundary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
   */
  record Share(
      long samples, long inOurCode, long inErrorProne, long baselineSamples, long baselineInErrorProne) {
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
        long[] counts = new long[5];
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
              counts[1] += hasFrame(event.getStackTrace(), OUR_PACKAGE, HARNESS_PACKAGE) ? 1 : 0;
              counts[2] += errorProne ? 1 : 0;
            } else if (within(baselineWindows, event.getStartTime())) {
              counts[3]++;
              counts[4] += errorProne ? 1 : 0;
            }
          }
        }
        return new Share(counts[0], counts[1], counts[2], counts[3], counts[4]);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    if (stack == null) {
      return false;
    }
    for (RecordedFrame frame : stack.getFrames()) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith(prefix) && (except == null || !type.startsWith(except))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    recording.close();
  }
}
