package dev.grpcboundary.tests;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The example project ({@code examples/}), a local repository holding the plugin built here, and
 * the Maven that runs this build. Used by {@link ResolveExampleDependencies} (a build step, before
 * the tests) and {@link ExamplesMavenIntegrationTest}.
 *
 * <p>The plugin goes into a throwaway local repository laid out the way {@code mvn install} would,
 * so the user's own repository never receives a snapshot from a test run.
 */
final class ExampleBuild implements AutoCloseable {
  private final Path repositoryRoot;
  private final Path scratch;
  private final Path pluginRepository;

  private ExampleBuild(Path repositoryRoot, Path scratch) {
    this.repositoryRoot = repositoryRoot;
    this.scratch = scratch;
    this.pluginRepository = scratch.resolve("m2-head");
  }

  /** A build whose files live under {@code scratch}, which {@link #close} deletes. */
  static ExampleBuild create(Path scratch) throws IOException {
    // Surefire and the exec step both run in the module directory, checker-tests/.
    Path root = Paths.get("").toAbsolutePath().getParent();
    ExampleBuild build = new ExampleBuild(root, scratch);
    build.installPlugin();
    return build;
  }

  /** The local repository that holds only the plugin and its parent pom. */
  Path pluginRepository() {
    return pluginRepository;
  }

  /** Lays out the plugin and its parent pom the way {@code mvn install} would. */
  private void installPlugin() throws IOException {
    String version = requiredProperty("grpcboundary.version");
    Path plugin =
        pluginRepository.resolve("dev/grpcboundary/grpc-boundary-checker").resolve(version);
    Path parent =
        pluginRepository.resolve("dev/grpcboundary/grpc-boundary-parent").resolve(version);
    Files.createDirectories(plugin);
    Files.createDirectories(parent);
    Files.copy(pluginJar(), plugin.resolve("grpc-boundary-checker-" + version + ".jar"));
    Files.copy(
        repositoryRoot.resolve("checker/pom.xml"),
        plugin.resolve("grpc-boundary-checker-" + version + ".pom"));
    Files.copy(
        repositoryRoot.resolve("pom.xml"),
        parent.resolve("grpc-boundary-parent-" + version + ".pom"));
  }

  /**
   * The checker jar this reactor built, found on the class path (surefire's or the exec step's).
   */
  private static Path pluginJar() {
    return PluginCompiler.testClassPath().stream()
        .map(file -> file.toPath())
        .filter(path -> path.getFileName().toString().startsWith("grpc-boundary-checker-"))
        .filter(path -> path.toString().endsWith(".jar"))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "No grpc-boundary-checker jar on the test class path; run `verify`, which"
                        + " packages the checker before these tests run"));
  }

  /** A fresh copy of examples/ (without its target/), so nothing in the repository changes. */
  Path copyOfExamples() throws IOException {
    Path target = Files.createTempDirectory(scratch, "examples");
    Path examples = repositoryRoot.resolve("examples");
    try (Stream<Path> files = Files.walk(examples)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = examples.relativize(source);
        if (relative.startsWith("target")) {
          continue;
        }
        Path destination = target.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  /**
   * Runs the Maven that runs this build in {@code project} (so its .mvn/ is read) with {@code
   * options} (repositories, offline, settings) and then {@code goalsAndProperties}.
   */
  MavenRun maven(
      Path project, List<String> options, long timeoutMinutes, String... goalsAndProperties)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(requiredProperty("maven.home"), "bin", "mvn").toString());
    command.add("-B");
    command.addAll(options);
    command.addAll(ImmutableList.of("-f", project.resolve("pom.xml").toString()));
    command.addAll(ImmutableList.copyOf(goalsAndProperties));
    Path log = Files.createTempFile(scratch, "maven", ".log");
    ProcessBuilder process =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(log.toFile());
    // The JDK running this JVM, whatever JAVA_HOME the caller had.
    process.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // Every repository and setting is on the command line; MAVEN_OPTS (e.g. the caller's
    // -Dmaven.repo.local) must not compete with it.
    process.environment().remove("MAVEN_OPTS");
    process.environment().remove("MAVEN_ARGS");
    Process started = process.start();
    if (!started.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      started.destroyForcibly();
      throw new AssertionError(
          "Maven did not finish in " + timeoutMinutes + " minutes: " + Files.readString(log));
    }
    return new MavenRun(command, started.exitValue(), Files.readString(log));
  }

  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new AssertionError(
          "System property " + name + " is not set; checker-tests/pom.xml passes it");
    }
    return value;
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Override
  public void close() throws IOException {
    deleteRecursively(scratch);
  }

  record MavenRun(List<String> command, int exitCode, String log) {
    /** The command line and the whole output, for failure messages. */
    String describe() {
      return String.join(" ", command) + "\n(exit " + exitCode + ")\n" + log;
    }
  }
}
