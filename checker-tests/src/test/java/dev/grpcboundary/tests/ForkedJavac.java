package dev.grpcboundary.tests;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the JDK's own {@code javac} launcher in a separate process, exactly as a build tool would.
 * In-process javac builds its processor class loader on top of the application class loader, which
 * already sees the whole test class path; only a separate process shows which path the plugin is
 * really loaded from.
 */
final class ForkedJavac {
  record Result(int exitCode, String output) {}

  static Result run(
      List<File> processorPath, List<File> classPath, List<String> options, Path source)
      throws IOException, InterruptedException {
    Path out = Files.createTempDirectory("forked-javac");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    // Error Prone needs the same jdk.compiler exports and opens as the test JVM got from surefire.
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("--add-exports") || argument.startsWith("--add-opens")) {
        command.add("-J" + argument);
      }
    }
    command.addAll(ImmutableList.of("-d", out.toString()));
    command.addAll(ImmutableList.of("-processorpath", join(processorPath)));
    command.addAll(ImmutableList.of("-classpath", join(classPath)));
    command.addAll(options);
    command.add(source.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("javac did not finish: " + command);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static String join(List<File> path) {
    return path.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator));
  }

  private ForkedJavac() {}
}
