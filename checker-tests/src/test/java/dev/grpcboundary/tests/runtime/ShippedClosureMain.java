package dev.grpcboundary.tests.runtime;

import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The receiving side of a process boundary, run by {@link SecondJvm} in a fresh JVM on the same
 * class path: deserializes the object in the file named by {@code args[0]}, as an executor or task
 * manager would, and runs it. A Spark {@code Function} is called with {@code args[1]}, a {@code
 * Callable} with nothing. Prints one line: {@code RETURNED <value>} or {@code THREW <exception
 * class> <message>} (tab-separated).
 */
public final class ShippedClosureMain {
  public static void main(String[] args) throws Exception {
    Object shipped;
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(Path.of(args[0])))) {
      shipped = in.readObject();
    }
    Object result;
    try {
      if (shipped instanceof org.apache.spark.api.java.function.Function<?, ?> function) {
        @SuppressWarnings("unchecked")
        org.apache.spark.api.java.function.Function<String, ?> call =
            (org.apache.spark.api.java.function.Function<String, ?>) function;
        result = call.call(args[1]);
      } else if (shipped instanceof Callable<?> callable) {
        result = callable.call();
      } else {
        throw new IllegalArgumentException("cannot run a " + shipped.getClass().getName());
      }
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

  private ShippedClosureMain() {}
}
