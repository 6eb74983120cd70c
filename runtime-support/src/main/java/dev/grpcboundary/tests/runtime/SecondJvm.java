package dev.grpcboundary.tests.runtime;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real second JVM on the test's class path: the honest stand-in for an executor or worker. The
 * object is serialized here with plain Java serialization (what Spark's closure serializer, Beam
 * and Flink use), written to a file, and deserialized and run there by the engine-specific receiver
 * main class the test names (it gets the file and the input, and prints one line: {@code RETURNED
 * <value>} or {@code THREW <exception class> <message>}, tab-separated). No state crosses but the
 * bytes and the system properties given.
 */
public final class SecondJvm {
  private static final long TIMEOUT_SECONDS = 60;

  /** What the shipped object did in the other JVM. */
  public record Outcome(String kind, String value, String exception, String output) {
    public boolean returned() {
      return kind.equals("RETURNED");
    }
  }

  /**
   * Ships {@code object} to a new JVM with {@code systemProperties}, where {@code receiver}'s
   * {@code main(file, input)} deserializes it and runs it on {@code input}.
   */
  public static Outcome run(
      Class<?> receiver, Serializable object, String input, Map<String, String> systemProperties)
      throws IOException, InterruptedException {
    Path file = Files.createTempFile("shipped-", ".ser");
    Path log = Files.createTempFile("shipped-", ".log");
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(object);
      }
      Files.write(file, bytes.toByteArray());

      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      command.add("-XX:TieredStopAtLevel=1");
      systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(receiver.getName());
      command.add(file.toString());
      command.add(input);
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (!finished) {
        fail("second JVM did not finish in " + TIMEOUT_SECONDS + "s:\n" + output);
      }
      assertTrue(
          "second JVM exited " + process.exitValue() + ":\n" + output, process.exitValue() == 0);
      for (String line : output.split("\n")) {
        String[] parts = line.split("\t", -1);
        if (parts[0].equals("RETURNED") && parts.length == 2) {
          return new Outcome("RETURNED", parts[1], null, output);
        }
        if (parts[0].equals("THREW") && parts.length == 3) {
          return new Outcome("THREW", parts[2], parts[1], output);
        }
      }
      fail("second JVM printed no outcome:\n" + output);
      throw new AssertionError();
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(log);
    }
  }

  private SecondJvm() {}
}
