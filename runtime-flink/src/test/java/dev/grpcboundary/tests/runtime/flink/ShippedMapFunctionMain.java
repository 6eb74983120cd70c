package dev.grpcboundary.tests.runtime.flink;

import dev.grpcboundary.tests.runtime.ReceivingSide;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * The task manager's side of a boundary, run by {@code SecondJvm} in a fresh JVM on this module's
 * class path: deserializes the Flink {@link MapFunction} in the file {@code args[0]} (Flink ships
 * functions with plain Java serialization) and calls {@code map(args[1])}, reporting as {@link
 * ReceivingSide} does.
 */
public final class ShippedMapFunctionMain {
  public static void main(String[] args) throws Exception {
    ReceivingSide.runAndReport(
        Path.of(args[0]),
        shipped -> {
          @SuppressWarnings("unchecked")
          MapFunction<String, ?> function = (MapFunction<String, ?>) shipped;
          return function.map(args[1]);
        });
  }

  private ShippedMapFunctionMain() {}
}
