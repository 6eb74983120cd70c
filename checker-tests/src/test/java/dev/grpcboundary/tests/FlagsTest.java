package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The {@code -XepOpt:GrpcBoundary:*} flags. The cases that use them (their {@code // Flags:} line)
 * run in {@link CorpusTest} with the flag; here they also run without it, to show the flag is what
 * makes the difference. Then what a malformed value does.
 */
@RunWith(JUnit4.class)
public final class FlagsTest {
  private static final JavaFileObject CAPTURES_A_CHANNEL =
      JavaFileObjects.forSourceLines(
          "Job",
          "import io.grpc.ManagedChannel;",
          "import org.apache.spark.api.java.JavaRDD;",
          "class Job {",
          "  JavaRDD<String> run(JavaRDD<String> lines, ManagedChannel channel) {",
          "    return lines.map(line -> line + channel.authority());",
          "  }",
          "}");

  @Test
  public void withoutClientTypesTheInHouseClientIsNoClient() {
    assertThat(findingsWithoutFlags("ClientTypesFlagAddsInHouseClient.java")).isEmpty();
  }

  @Test
  public void withoutIgnoredTypesTheSerializableBackgroundResourceIsFlagged() {
    List<String> findings = findingsWithoutFlags("IgnoredTypesFlagSilencesSerializableClient.java");
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0))
        .contains("`translator` (PortableTranslator, a gRPC client) is captured by a lambda");
    assertThat(findings.get(1)).contains("`client` (TranslationServiceClient, a gRPC client)");
  }

  @Test
  public void withoutSerializingMethodsTheQueueIsNoBoundary() {
    assertThat(findingsWithoutFlags("SerializingMethodsFlagAddsClusterSubmit.java")).isEmpty();
  }

  @Test
  public void ignoredTypesAlsoSilencesBuiltInClientTypes() {
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.of("-XepOpt:GrpcBoundary:IgnoredTypes=io.grpc.Channel"))
            .compile(CAPTURES_A_CHANNEL);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(PluginCompiler.ourDiagnostics(compilation)).isEmpty();
  }

  /**
   * A malformed value stops the compilation with an error that names the flag, the bad entry and
   * the accepted form.
   */
  @Test
  public void malformedValuesStopTheCompilationNamingTheFlag() {
    assertMalformedValueIsReported(
        "-XepOpt:GrpcBoundary:ClientTypes=1abc",
        "Invalid value for -XepOpt:GrpcBoundary:ClientTypes: '1abc' is malformed. Expected a"
            + " comma-separated list of fully qualified type names, for example"
            + " -XepOpt:GrpcBoundary:ClientTypes=com.example.FooClient,com.example.BarStub");
    assertMalformedValueIsReported(
        "-XepOpt:GrpcBoundary:IgnoredTypes=com.example.",
        "Invalid value for -XepOpt:GrpcBoundary:IgnoredTypes: 'com.example.' is malformed.");
    assertMalformedValueIsReported(
        "-XepOpt:GrpcBoundary:SerializingMethods=com.example.Cluster.submit",
        "Invalid value for -XepOpt:GrpcBoundary:SerializingMethods: 'com.example.Cluster.submit'"
            + " is malformed. Expected a comma-separated list of Type#method entries");
  }

  @Test
  public void malformedValueIsOneClearErrorWithoutAStackTrace() {
    String[] stderr = new String[1];
    Compilation compilation =
        withCapturedStderr(
            stderr,
            () ->
                PluginCompiler.withPlugin()
                    .withErrorProneFlags(ImmutableList.of("-XepOpt:GrpcBoundary:ClientTypes=1abc"))
                    .compile(CAPTURES_A_CHANNEL));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    List<String> errors =
        compilation.errors().stream().map(PluginCompiler::message).collect(Collectors.toList());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .contains("Invalid value for -XepOpt:GrpcBoundary:ClientTypes: '1abc' is malformed");
    assertThat(stderr[0]).doesNotContain("An exception has occurred in the compiler");
    assertThat(stderr[0]).doesNotContain("\tat ");
  }

  /**
   * Error Prone splits the -Xplugin string at whitespace, so "ClientTypes=not a type" reaches the
   * check as the valid name "not" (Error Prone drops the stray words "a" and "type"). A value can
   * hold no spaces; the validation sees only what comes before the first one.
   */
  @Test
  public void aValueWithSpacesIsCutAtTheFirstSpaceByErrorProne() {
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.of("-XepOpt:GrpcBoundary:ClientTypes=not a type"))
            .compile(CAPTURES_A_CHANNEL);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(PluginCompiler.ourDiagnostics(compilation)).hasSize(1);
  }

  private static void assertMalformedValueIsReported(String flag, String expectedMessage) {
    Compilation compilation =
        PluginCompiler.withPlugin().withErrorProneFlags(ImmutableList.of(flag)).compile(CAPTURES_A_CHANNEL);
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.FAILURE);
    String errors =
        compilation.errors().stream().map(PluginCompiler::message).collect(Collectors.joining("\n"));
    assertWithMessage(flag).that(errors).contains(expectedMessage);
  }

  private interface CompileAction {
    Compilation compile();
  }

  /** Runs {@code action} with System.err captured into {@code captured[0]} (javac prints crashes there). */
  private static Compilation withCapturedStderr(String[] captured, CompileAction action) {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      return action.compile();
    } finally {
      System.setErr(original);
      captured[0] = bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static List<String> findingsWithoutFlags(String caseName) {
    CaseFile caseFile = CaseFile.named("cases", caseName);
    assertWithMessage("%s should use a flag", caseName).that(caseFile.flags()).isNotEmpty();
    Compilation compilation = PluginCompiler.withPlugin().compile(caseFile.source());
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    return PluginCompiler.ourDiagnostics(compilation).stream()
        .sorted(Comparator.comparingLong(Diagnostic::getLineNumber))
        .map(PluginCompiler::message)
        .collect(Collectors.toList());
  }
}
