package dev.grpcboundary.bench;

import dev.grpcboundary.bench.InProcessJavac.Mode;
import dev.grpcboundary.bench.InProcessJavac.Result;
import com.sun.tools.javac.util.Context;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the same project many times in one JVM with our checks on, as a build daemon does, and
 * records the heap in use after a full GC following each compilation. A cache that outlives its
 * compilation (a static map of symbols, say) shows up twice: as heap that grows with every
 * compilation, and as javac Contexts that stay reachable after their compilation ended.
 */
final class MemoryTrend {
  private MemoryTrend() {}

  /**
   * @param heapAfterGc bytes in use after GC, one per compilation
   * @param slopePerCompilation least-squares growth in bytes per compilation
   * @param contextsAlive Contexts of finished compilations still reachable at the end
   */
  record Figures(long[] heapAfterGc, double slopePerCompilation, int contextsAlive) {}

  static Figures measure(InProcessJavac javac, Project project, int compilations) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[] heap = new long[compilations];
    List<WeakReference<Context>> contexts = new ArrayList<>();
    for (int i = 0; i < compilations; i++) {
      Result result = Interleaved.checked(project, Mode.CHECKS, javac.compile(project, Mode.CHECKS));
      contexts.add(result.context());
      result = null;
      heap[i] = usedAfterGc(memory);
      if ((i + 1) % 10 == 0 || i == 0) {
        System.out.printf("  compilation %2d: heap after GC %s%n", i + 1, megabytes(heap[i]));
      }
    }
    usedAfterGc(memory);
    int alive = (int) contexts.stream().filter(reference -> reference.get() != null).count();
    return new Figures(heap, slope(heap), alive);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    // Several rounds: one GC may leave objects that become unreachable only after finalization
    // or reference processing.
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Least-squares slope of {@code values} over their indexes, skipping the first (warm-up). */
  static double slope(long[] values) {
    int from = values.length > 2 ? 1 : 0;
    int n = values.length - from;
    double meanX = 0;
    double meanY = 0;
    for (int i = from; i < values.length; i++) {
      meanX += i;
      meanY += values[i];
    }
    meanX /= n;
    meanY /= n;
    double numerator = 0;
    double denominator = 0;
    for (int i = from; i < values.length; i++) {
      numerator += (i - meanX) * (values[i] - meanY);
      denominator += (i - meanX) * (i - meanX);
    }
    return denominator == 0 ? 0 : numerator / denominator;
  }

  static double mean(long[] values, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum / (to - from);
  }

  static String megabytes(double bytes) {
    return String.format("%.1f MB", bytes / (1024 * 1024));
  }
}
