package dev.grpcboundary.tests;

import dev.grpcboundary.tests.ExampleBuild.MavenRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build step, not a test: checker-tests/pom.xml runs it (exec-maven-plugin, phase
 * process-test-classes) before surefire, so that {@link ExamplesMavenIntegrationTest}, which runs
 * Maven offline, finds everything the example build needs in a repository that THIS run filled.
 *
 * <p>Why not let the test use the build's local repository: the example needs artifacts the reactor
 * never resolves (other versions of gax, grpc, auth, the http client; Error Prone's own tree on the
 * processor path; Maven plugins), so the offline test passed only on machines where something else
 * had happened to download them. And {@code dependency:go-offline} does not resolve the compiler's
 * {@code annotationProcessorPaths}; the only complete list of what a build needs is the build
 * itself. So this step compiles a copy of examples/ the way the test does, into a repository of its
 * own ({@code grpcboundary.examples.repository}, under target/):
 *
 * <ol>
 *   <li>from the build's local repository only, as a file mirror: nothing is downloaded, and only
 *       what the compile reads is copied;
 *   <li>if that fails (a fresh or partial local repository), the same compile once more online,
 *       with the build's local repository and settings, so that Maven resolves what is missing from
 *       the same remote as the outer build and keeps it there for next time; then step 1 again.
 * </ol>
 *
 * <p>The test then chains only that repository behind the plugin's: an example build that needs an
 * artifact this step did not resolve fails, however warm the machine's repository is.
 */
public final class ResolveExampleDependencies {
  private ResolveExampleDependencies() {}

  public static void main(String[] args) throws Exception {
    Path buildRepository = Paths.get(ExampleBuild.requiredProperty("maven.repo.local"));
    Path examplesRepository =
        Paths.get(ExampleBuild.requiredProperty("grpcboundary.examples.repository"));
    Path scratch = examplesRepository.resolveSibling(examplesRepository.getFileName() + "-work");
    ExampleBuild.deleteRecursively(scratch);
    Files.createDirectories(scratch);

    long started = System.nanoTime();
    try (ExampleBuild build = ExampleBuild.create(scratch)) {
      MavenRun copy = copyFromBuildRepository(build, buildRepository, examplesRepository);
      if (copy.exitCode() != 0) {
        System.out.println(
            "[examples] Not everything examples/ needs is in "
                + buildRepository
                + "; resolving it with the build's settings and remote repositories");
        MavenRun online = resolveIntoBuildRepository(build, buildRepository);
        if (online.exitCode() != 0) {
          fail("Resolving examples/' dependencies failed", online);
        }
        copy = copyFromBuildRepository(build, buildRepository, examplesRepository);
        if (copy.exitCode() != 0) {
          fail("examples/ compiled online but not from the repository it resolved into", copy);
        }
      }
    }
    System.out.printf(
        "[examples] %s: %d files, %d MB, in %d s%n",
        examplesRepository,
        fileCount(examplesRepository),
        size(examplesRepository) >> 20,
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** Step 1: compile with the build's repository as the only remote, into a fresh repository. */
  private static MavenRun copyFromBuildRepository(
      ExampleBuild build, Path buildRepository, Path examplesRepository)
      throws IOException, InterruptedException {
    // Starts empty: it must hold what this compile read, nothing from an earlier run, and no
    // "not found" cached by a failed attempt.
    ExampleBuild.deleteRecursively(examplesRepository);
    Files.createDirectories(examplesRepository);
    Path settings = examplesRepository.resolveSibling("examples-m2-settings.xml");
    Files.writeString(
        settings,
        "<settings>\n"
            + "  <!-- Written by ResolveExampleDependencies: every repository is served from the"
            + " build's local repository. -->\n"
            + "  <mirrors>\n"
            + "    <mirror>\n"
            + "      <id>build-local-repository</id>\n"
            + "      <mirrorOf>*</mirrorOf>\n"
            + "      <url>"
            + buildRepository.toUri()
            + "</url>\n"
            + "    </mirror>\n"
            + "  </mirrors>\n"
            + "</settings>\n");
    return build.maven(
        build.copyOfExamples(),
        List.of(
            "-s",
            settings.toString(),
            "-Dmaven.repo.local=" + examplesRepository,
            "-Dmaven.repo.local.tail=" + build.pluginRepository()),
        10,
        "compile");
  }

  /** Step 2: the same compile online, into the build's repository, with the build's settings. */
  private static MavenRun resolveIntoBuildRepository(ExampleBuild build, Path buildRepository)
      throws IOException, InterruptedException {
    List<String> options = new ArrayList<>();
    // The outer build's settings files (mirrors, proxies, credentials), when they exist.
    addSettings(options, "-s", System.getProperty("grpcboundary.user.settings"));
    addSettings(options, "-gs", System.getProperty("grpcboundary.global.settings"));
    if (Boolean.getBoolean("grpcboundary.offline")) {
      options.add("--offline");
    }
    // Downloads land in the build's repository (the head); the plugin comes from the tail.
    options.add("-Dmaven.repo.local=" + buildRepository);
    options.add("-Dmaven.repo.local.tail=" + build.pluginRepository());
    return build.maven(build.copyOfExamples(), options, 30, "compile");
  }

  private static void addSettings(List<String> options, String flag, String file) {
    if (file != null && !file.isBlank() && Files.isRegularFile(Paths.get(file))) {
      options.add(flag);
      options.add(file);
    }
  }

  private static void fail(String what, MavenRun run) {
    System.out.println(run.describe());
    System.err.println("[examples] " + what + " (Maven's output above)");
    System.exit(1);
  }

  private static long fileCount(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static long size(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      long total = 0;
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        total += Files.size(file);
      }
      return total;
    }
  }
}
