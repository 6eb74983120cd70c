package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Our checks in a build that runs Error Prone the usual way: all of Error Prone's default checks
 * on, ours at their own severities, and the severity-changing options users set.
 */
@RunWith(JUnit4.class)
public final class ErrorProneDefaultsTest {
  private static final String CRASH = "An unhandled exception was thrown by the Error Prone";

  /**
   * A capture (our ERROR), an eager static channel (our WARNING), and a dropped exception (Error
   * Prone's own DeadException, an ERROR by default).
   */
  private static JavaFileObject job() {
    return PluginCompiler.sourceFile(
        "Job",
        "import io.grpc.ManagedChannel;",
        "import io.grpc.ManagedChannelBuilder;",
        "import org.apache.spark.api.java.JavaRDD;",
        "class Job {",
        "  static final ManagedChannel SHARED = ManagedChannelBuilder.forTarget(\"x:443\").build();",
        "  static String authority() {",
        "    return SHARED.authority();",
        "  }",
        "  JavaRDD<String> run(JavaRDD<String> lines, ManagedChannel channel) {",
        "    if (lines == null) {",
        "      new IllegalArgumentException(\"no lines\");",
        "    }",
        "    return lines.map(line -> line + channel.authority());",
        "  }",
        "}");
  }

  @Test
  public void withAllDefaultChecks_oursReportAtTheirOwnSeverityNextToErrorPronesOwn() {
    Compilation compilation = PluginCompiler.withDefaultChecks().compile(job());
    assertNoCrash(compilation);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(checksReporting(compilation, Diagnostic.Kind.ERROR))
        .containsExactly("GrpcClientCrossesProcessBoundary", "DeadException");
    assertThat(checksReporting(compilation, Diagnostic.Kind.WARNING))
        .contains("EagerStaticGrpcClient");
  }

  /** -XepAllErrorsAsWarnings turns our ERROR into a warning too: the build goes on. */
  @Test
  public void allErrorsAsWarnings_ourErrorBecomesAWarningAndTheBuildSucceeds() {
    Compilation compilation =
        PluginCompiler.withDefaultChecks()
            .withErrorProneFlags(ImmutableList.of("-XepAllErrorsAsWarnings"))
            .compile(job());
    assertNoCrash(compilation);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(checksReporting(compilation, Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(checksReporting(compilation, Diagnostic.Kind.WARNING))
        .containsAtLeast(
            "GrpcClientCrossesProcessBoundary", "EagerStaticGrpcClient", "DeadException");
    Diagnostic<?> capture =
        PluginCompiler.ourDiagnostics(compilation).stream()
            .filter(d -> PluginCompiler.message(d).startsWith("[GrpcClientCrossesProcessBoundary]"))
            .findFirst()
            .orElseThrow();
    assertThat(PluginCompiler.message(capture))
        .contains(
            "`channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)");
    assertThat(capture.getLineNumber()).isEqualTo(13);
  }

  /** The explicit form of the same: our check demoted by name, Error Prone's own left alone. */
  @Test
  public void ourCheckDemotedByName_onlyErrorPronesOwnErrorFailsTheBuild() {
    Compilation compilation =
        PluginCompiler.withDefaultChecks()
            .withErrorProneFlags(ImmutableList.of("-Xep:GrpcClientCrossesProcessBoundary:WARN"))
            .compile(job());
    assertNoCrash(compilation);
    assertThat(checksReporting(compilation, Diagnostic.Kind.ERROR))
        .containsExactly("DeadException");
    assertThat(checksReporting(compilation, Diagnostic.Kind.WARNING))
        .containsAtLeast("GrpcClientCrossesProcessBoundary", "EagerStaticGrpcClient");
  }

  /** -XepDisableAllWarnings leaves errors, ours included, and silences our warning check. */
  @Test
  public void disableAllWarnings_ourErrorStaysOurWarningGoes() {
    Compilation compilation =
        PluginCompiler.withDefaultChecks()
            .withErrorProneFlags(ImmutableList.of("-XepDisableAllWarnings"))
            .compile(job());
    assertNoCrash(compilation);
    assertThat(checksReporting(compilation, Diagnostic.Kind.ERROR))
        .containsExactly("GrpcClientCrossesProcessBoundary", "DeadException");
    assertThat(checksReporting(compilation, Diagnostic.Kind.WARNING))
        .doesNotContain("EagerStaticGrpcClient");
  }

  static void assertNoCrash(Compilation compilation) {
    String all =
        compilation.diagnostics().stream()
            .map(PluginCompiler::message)
            .collect(Collectors.joining("\n"));
    assertWithMessage(PluginCompiler.describe(compilation)).that(all).doesNotContain(CRASH);
  }

  /** The names of the checks (ours and Error Prone's) that reported diagnostics of {@code kind}. */
  static List<String> checksReporting(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(PluginCompiler::message)
        .filter(m -> m.startsWith("["))
        .map(m -> m.substring(1, m.indexOf(']')))
        .distinct()
        .collect(Collectors.toList());
  }
}
