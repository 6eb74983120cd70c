package dev.grpcboundary.tests.runtime.flink;

import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * The task manager's side of a boundary, run by {@code SecondJvm} in a fresh JVM on this module's
 * class path: deserializes the Flink {@link MapFunction} in the file {@code args[0]} (Flink ships
 * functions with plain Java serialization) and calls {@code map(args[1])}. Prints one line: {@code
 * RETURNED <value>} or {@code THREW <exception class> <message>} (tab-separated).
 */
public final class ShippedMapFunctionMain {
  public static void main(String[] args) throws Exception {
    MapFunction<String, ?> function;
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(Path.of(args[0])))) {
      @SuppressWarnings("unchecked")
      MapFunction<String, ?> shipped = (MapFunction<String, ?>) in.readObject();
      function = shipped;
    }
    Object result;
    try {
      result = function.map(args[1]);
    } catch (Exception e) {
      System.out.println("THREW\t" + e.getClass().getName() + "\t" + e.getMessage());
      e.printStackTrace();
      System.out.flush();
      System.exit(0);
      return;
    }
    System.out.println("RETURNED\t" + result);
    System.out.flush();
    // Exit even if a client left non-daemon threads behind: a result was printed.
    System.exit(0);
  }

  private ShippedMapFunctionMain() {}
}
