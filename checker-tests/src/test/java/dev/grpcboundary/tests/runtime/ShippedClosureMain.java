package dev.grpcboundary.tests.runtime;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The receiving side of a process boundary, run by {@link SecondJvm} in a fresh JVM on the same
 * class path: deserializes the object in the file named by {@code args[0]}, as an executor or task
 * manager would, and runs it. A Spark {@code Function} is called with {@code args[1]}, a {@code
 * Callable} with nothing. Reports as {@link ReceivingSide} does.
 */
public final class ShippedClosureMain {
  public static void main(String[] args) throws Exception {
    ReceivingSide.runAndReport(
        Path.of(args[0]),
        shipped -> {
          if (shipped instanceof org.apache.spark.api.java.function.Function<?, ?> function) {
            @SuppressWarnings("unchecked")
            org.apache.spark.api.java.function.Function<String, ?> call =
                (org.apache.spark.api.java.function.Function<String, ?>) function;
            return call.call(args[1]);
          }
          if (shipped instanceof Callable<?> callable) {
            return callable.call();
          }
          throw new IllegalArgumentException("cannot run a " + shipped.getClass().getName());
        });
  }

  private ShippedClosureMain() {}
}
