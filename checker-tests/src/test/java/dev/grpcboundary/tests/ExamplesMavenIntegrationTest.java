package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Builds {@code examples/}, the sample project, with real Maven exactly as its README says, and
 * checks what a user would see: the intended findings, a failing build once the check is an ERROR
 * (the CI gate), and Error Prone's patch mode leaving a project that compiles without a finding.
 *
 * <p>Maven runs offline on a copy of the project, so nothing in the repository changes and no
 * network is used. The plugin is the jar built in this reactor run: it goes into a throwaway local
 * repository, chained in front of the build's own with {@code maven.repo.local.tail} (Maven 3.9),
 * where every other artifact was already resolved by this build.
 */
@RunWith(JUnit4.class)
public final class ExamplesMavenIntegrationTest {
  private static final String CROSSES = "GrpcClientCrossesProcessBoundary";
  private static final String EAGER = "EagerStaticGrpcClient";
  private static final Pattern FINDING =
      Pattern.compile(
          "^\\[(WARNING|ERROR)\\] .*/(\\w+)\\.java:\\[\\d+,\\d+\\] \\[(\\w+)\\] ",
          Pattern.MULTILINE);

  private static ExampleBuild build;

  @BeforeClass
  public static void installPlugin() throws IOException {
    build = ExampleBuild.create();
  }

  @AfterClass
  public static void deleteTemporaryFiles() throws IOException {
    if (build != null) {
      build.close();
    }
  }

  @Test
  public void asShipped_compilesAndShowsTheFourIntendedFindings() throws Exception {
    Path project = build.copyOfExamples();

    MavenRun run = build.maven(project, "compile");

    assertWithMessage(run.log()).that(run.exitCode()).isEqualTo(0);
    assertThat(findings(run, "WARNING"))
        .containsExactly(
            "SparkTranslateJob " + CROSSES,
            "BeamDetectIntentPipeline " + CROSSES,
            "FlinkTranslateJob " + CROSSES,
            "GlossaryTranslator " + EAGER);
    assertThat(run.log()).contains("(see docs/bugpatterns/" + CROSSES + ".md)");
  }

  @Test
  public void ciGate_errorSeverityFailsTheBuildOnEachBoundaryFinding() throws Exception {
    Path project = build.copyOfExamples();

    MavenRun run = build.maven(project, "compile", "-Derrorprone.flags=-Xep:" + CROSSES + ":ERROR");

    assertWithMessage(run.log()).that(run.exitCode()).isNotEqualTo(0);
    assertThat(run.log()).contains("BUILD FAILURE");
    // Maven prints compiler errors twice: as they happen and again in the failure summary.
    assertThat(findings(run, "ERROR").elementSet())
        .containsExactly(
            "SparkTranslateJob " + CROSSES,
            "BeamDetectIntentPipeline " + CROSSES,
            "FlinkTranslateJob " + CROSSES);
  }

  @Test
  public void patchMode_patchedProjectCompilesWithBothChecksAsErrorsAndNoFinding()
      throws Exception {
    Path project = build.copyOfExamples();
    Path sources = project.resolve("src/main/java/com/example/translate");
    String sparkBefore = Files.readString(sources.resolve("SparkTranslateJob.java"));

    MavenRun patch =
        build.maven(
            project,
            "compile",
            "-Derrorprone.flags=-XepPatchChecks:"
                + CROSSES
                + ","
                + EAGER
                + " -XepPatchLocation:IN_PLACE");
    assertWithMessage(patch.log()).that(patch.exitCode()).isEqualTo(0);

    String spark = Files.readString(sources.resolve("SparkTranslateJob.java"));
    assertThat(spark).isNotEqualTo(sparkBefore);
    assertThat(spark).contains("lines.map(line -> translate(ClientHolder.CLIENT, parent, line))");
    assertThat(Files.readString(sources.resolve("BeamDetectIntentPipeline.java")))
        .contains("@Setup");
    assertThat(Files.readString(sources.resolve("FlinkTranslateJob.java")))
        .contains("public void open(OpenContext");
    assertThat(Files.readString(sources.resolve("GlossaryTranslator.java"))).contains("Holder");

    MavenRun recheck =
        build.maven(
            project,
            "compile",
            "-Derrorprone.flags=-Xep:" + CROSSES + ":ERROR -Xep:" + EAGER + ":ERROR");
    assertWithMessage(recheck.log()).that(recheck.exitCode()).isEqualTo(0);
    assertThat(findings(recheck, "ERROR")).isEmpty();
    assertThat(findings(recheck, "WARNING")).isEmpty();
  }

  /** "File Check" for every finding of ours at {@code level}; Error Prone's own checks ignored. */
  private static ImmutableMultiset<String> findings(MavenRun run, String level) {
    ImmutableMultiset.Builder<String> found = ImmutableMultiset.builder();
    Matcher matcher = FINDING.matcher(run.log());
    while (matcher.find()) {
      String check = matcher.group(3);
      if (matcher.group(1).equals(level) && (check.equals(CROSSES) || check.equals(EAGER))) {
        found.add(matcher.group(2) + " " + check);
      }
    }
    return found.build();
  }

  record MavenRun(int exitCode, String log) {}

  /** The example project, a local repository holding the plugin, and the Maven that runs them. */
  private static final class ExampleBuild implements AutoCloseable {
    private final Path repositoryRoot;
    private final Path scratch;
    private final Path pluginRepository;

    private ExampleBuild(Path repositoryRoot, Path scratch) {
      this.repositoryRoot = repositoryRoot;
      this.scratch = scratch;
      this.pluginRepository = scratch.resolve("m2-head");
    }

    static ExampleBuild create() throws IOException {
      // Surefire runs in the module directory, checker-tests/.
      Path root = Paths.get("").toAbsolutePath().getParent();
      ExampleBuild build =
          new ExampleBuild(root, Files.createTempDirectory("grpc-boundary-examples"));
      build.installPlugin();
      return build;
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

    /** The checker jar this reactor built, found on the test class path. */
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

    /** Runs the Maven that runs this build, offline, in {@code project} (so .mvn/ is read). */
    MavenRun maven(Path project, String... goalsAndProperties)
        throws IOException, InterruptedException {
      List<String> command = new ArrayList<>();
      command.add(Paths.get(requiredProperty("maven.home"), "bin", "mvn").toString());
      command.addAll(
          ImmutableList.of(
              "-B",
              "--offline",
              "-Dmaven.repo.local=" + pluginRepository,
              "-Dmaven.repo.local.tail=" + requiredProperty("maven.repo.local"),
              "-f",
              project.resolve("pom.xml").toString()));
      command.addAll(ImmutableList.copyOf(goalsAndProperties));
      Path log = Files.createTempFile(scratch, "maven", ".log");
      ProcessBuilder process =
          new ProcessBuilder(command)
              .directory(project.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      // The JDK running these tests, whatever JAVA_HOME the caller had.
      process.environment().put("JAVA_HOME", System.getProperty("java.home"));
      process.environment().remove("MAVEN_OPTS");
      Process started = process.start();
      if (!started.waitFor(5, TimeUnit.MINUTES)) {
        started.destroyForcibly();
        throw new AssertionError("Maven did not finish in 5 minutes: " + Files.readString(log));
      }
      return new MavenRun(started.exitValue(), Files.readString(log));
    }

    private static String requiredProperty(String name) {
      String value = System.getProperty(name);
      if (value == null || value.isBlank()) {
        throw new AssertionError(
            "System property " + name + " is not set; checker-tests/pom.xml passes it to surefire");
      }
      return value;
    }

    @Override
    public void close() throws IOException {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }
}
