package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import dev.grpcboundary.config.Documentation;
import dev.grpcboundary.tests.ExampleBuild.MavenRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * repository, chained with {@code maven.repo.local.tail} (Maven 3.9) in front of the repository
 * that {@link ResolveExampleDependencies} filled in this same build, before the tests, with exactly
 * what compiling the example reads. Not the machine's local repository: whatever else happens to be
 * cached there must not make this test pass, so an example build that needs an artifact this run
 * did not resolve fails here.
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
    build = ExampleBuild.create(Files.createTempDirectory("grpc-boundary-examples"));
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

    MavenRun run = maven(project, "compile");

    assertWithMessage(run.describe()).that(run.exitCode()).isEqualTo(0);
    assertThat(findings(run, "WARNING"))
        .containsExactly(
            "SparkTranslateJob " + CROSSES,
            "BeamDetectIntentPipeline " + CROSSES,
            "FlinkTranslateJob " + CROSSES,
            "GlossaryTranslator " + EAGER);
    assertThat(run.log()).contains("(see " + Documentation.BUG_PATTERNS + CROSSES + ".md)");
  }

  @Test
  public void ciGate_errorSeverityFailsTheBuildOnEachBoundaryFinding() throws Exception {
    Path project = build.copyOfExamples();

    MavenRun run = maven(project, "compile", "-Derrorprone.flags=-Xep:" + CROSSES + ":ERROR");

    assertWithMessage(run.describe()).that(run.exitCode()).isNotEqualTo(0);
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
        maven(
            project,
            "compile",
            "-Derrorprone.flags=-XepPatchChecks:"
                + CROSSES
                + ","
                + EAGER
                + " -XepPatchLocation:IN_PLACE");
    assertWithMessage(patch.describe()).that(patch.exitCode()).isEqualTo(0);

    String spark = Files.readString(sources.resolve("SparkTranslateJob.java"));
    assertThat(spark).isNotEqualTo(sparkBefore);
    assertThat(spark).contains("lines.map(line -> translate(ClientHolder.CLIENT, parent, line))");
    assertThat(Files.readString(sources.resolve("BeamDetectIntentPipeline.java")))
        .contains("@Setup");
    assertThat(Files.readString(sources.resolve("FlinkTranslateJob.java")))
        .contains("public void open(OpenContext");
    assertThat(Files.readString(sources.resolve("GlossaryTranslator.java"))).contains("Holder");

    MavenRun recheck =
        maven(
            project,
            "compile",
            "-Derrorprone.flags=-Xep:" + CROSSES + ":ERROR -Xep:" + EAGER + ":ERROR");
    assertWithMessage(recheck.describe()).that(recheck.exitCode()).isEqualTo(0);
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

  /**
   * Runs Maven offline on {@code project}: the plugin from the build's throwaway repository, every
   * other artifact from the repository {@link ResolveExampleDependencies} filled in this run.
   */
  private static MavenRun maven(Path project, String... goalsAndProperties) throws Exception {
    Path resolved = Paths.get(ExampleBuild.requiredProperty("grpcboundary.examples.repository"));
    if (!Files.isDirectory(resolved)) {
      throw new AssertionError(
          resolved
              + " does not exist: the build step that resolves examples/' dependencies"
              + " (ResolveExampleDependencies, phase process-test-classes) did not run; run"
              + " `./mvnw verify`, not surefire alone");
    }
    return build.maven(
        project,
        ImmutableList.of(
            "--offline",
            "-Dmaven.repo.local=" + build.pluginRepository(),
            "-Dmaven.repo.local.tail=" + resolved),
        // Only a guard against a hung Maven: one compile takes about a minute on 2 idle cores,
        // but a cold-repository CI run on 2 cores shared with other builds once took over 5.
        15,
        goalsAndProperties);
  }
}
