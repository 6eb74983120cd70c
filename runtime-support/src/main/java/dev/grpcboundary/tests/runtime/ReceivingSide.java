package dev.grpcboundary.tests.runtime;

import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every receiving-side main started by {@link SecondJvm} does around its engine-specific call:
 * read the shipped object as the engine would (plain Java serialization), run it, and print the one
 * line {@code SecondJvm} parses: {@code RETURNED <value>} or {@code THREW <exception class>
 * <message>} (tab-separated).
 */
public final class ReceivingSide {
  /** Runs a shipped object the way one engine does. */
  @FunctionalInterface
  public interface Runner {
    Object run(Object shipped) throws Exception;
  }

  /** Deserializes the object in {@code file}, runs it with {@code runner}, reports, and exits. */
  public static void runAndReport(Path file, Runner runner) throws Exception {
    Object shipped;
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
      shipped = in.readObject();
    }
    Object result;
    try {
      result = runner.run(shipped);
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

  private ReceivingSide() {}
}
