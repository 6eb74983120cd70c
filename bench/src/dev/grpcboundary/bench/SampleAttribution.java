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

  private final Recording recording = new Recording();
  private final List<Instant[]> checkedWindows = new ArrayList<>();
  private final long threadId = Thread.currentThread().getId();

  /** Samples taken during compilations with our checks on, and how many were in our code. */
  record Share(long samples, long inOurCode) {
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

  Share share() {
    recording.stop();
    try {
      Path file = Files.createTempFile("bench-", ".jfr");
      try {
        recording.dump(file);
        long samples = 0;
        long ours = 0;
        try (RecordingFile events = new RecordingFile(file)) {
          while (events.hasMoreEvents()) {
            RecordedEvent event = events.readEvent();
            RecordedThread thread = event.getThread("sampledThread");
            if (thread == null || thread.getJavaThreadId() != threadId || !inCheckedWindow(event.getStartTime())) {
              continue;
            }
            samples++;
            if (inOurCode(event.getStackTrace())) {
              ours++;
            }
          }
        }
        return new Share(samples, ours);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean inCheckedWindow(Instant time) {
    for (Instant[] window : checkedWindows) {
      if (!time.isBefore(window[0]) && !time.isAfter(window[1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean inOurCode(RecordedStackTrace stack) {
    if (stack == null) {
      return false;
    }
    for (RecordedFrame frame : stack.getFrames()) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith(OUR_PACKAGE) && !type.startsWith(HARNESS_PACKAGE)) {
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
