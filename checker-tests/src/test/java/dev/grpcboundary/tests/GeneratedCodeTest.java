package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static dev.grpcboundary.tests.ErrorProneDefaultsTest.assertNoCrash;
import static dev.grpcboundary.tests.ErrorProneDefaultsTest.checksReporting;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Generated code: protoc-style service classes compiled from source, and Error Prone's {@code
 * -XepDisableWarningsInGeneratedCode}, which silences warnings (our EagerStaticGrpcClient) in
 * classes annotated {@code @Generated} but leaves errors (our capture check) in place.
 */
@RunWith(JUnit4.class)
public final class GeneratedCodeTest {
  /** Method and service descriptors are not clients; a stub built eagerly next to them is. */
  @Test
  public void protocStyleServiceClass_descriptorsAreNotClients() {
    CaseAssertions.assertMatchesMarkers(
        CaseFile.named("generated", "ProtocStyleTranslatorGrpc.java"));
  }

  /** The same class with every Error Prone default check on: no crash, no finding of ours. */
  @Test
  public void protocStyleServiceClass_withDefaultChecks_noCrash() {
    CaseFile generated = CaseFile.named("generated", "ProtocStyleTranslatorGrpc.java");
    Compilation compilation =
        PluginCompiler.withDefaultChecks()
            .compile(
                PluginCompiler.sourceFile(
                    "ProtocStyleTranslatorGrpc", generated.lines().toArray(new String[0])));
    assertNoCrash(compilation);
    assertThat(
            PluginCompiler.ourDiagnostics(compilation).stream()
                .map(PluginCompiler::message)
                .filter(m -> m.contains("ProtocStyleTranslatorGrpc` is initialized")))
        .isEmpty();
    assertThat(PluginCompiler.ourDiagnostics(compilation)).hasSize(1);
  }

  private static JavaFileObject generatedJob(String annotation) {
    return PluginCompiler.sourceFile(
        "GeneratedJob",
        "import io.grpc.ManagedChannel;",
        "import io.grpc.ManagedChannelBuilder;",
        "import org.apache.spark.api.java.JavaRDD;",
        annotation,
        "public class GeneratedJob {",
        "  static final ManagedChannel SHARED = ManagedChannelBuilder.forTarget(\"x:443\").build();",
        "  public static String authority() {",
        "    return SHARED.authority();",
        "  }",
        "  JavaRDD<String> run(JavaRDD<String> lines, ManagedChannel channel) {",
        "    return lines.map(line -> line + channel.authority());",
        "  }",
        "}");
  }

  @Test
  public void disableWarningsInGeneratedCode_javaxAnnotationProcessingGenerated() {
    assertWarningSilencedErrorKept("@javax.annotation.processing.Generated(\"codegen\")");
  }

  @Test
  public void disableWarningsInGeneratedCode_javaxAnnotationGenerated() {
    assertWarningSilencedErrorKept("@javax.annotation.Generated(\"codegen\")");
  }

  /**
   * gRPC's own marker is not one Error Prone treats as "generated": with only it, our warning
   * stays.
   */
  @Test
  public void disableWarningsInGeneratedCode_grpcGeneratedAloneIsNotGenerated() {
    Compilation compilation =
        PluginCompiler.withDefaultChecks()
            .withErrorProneFlags(ImmutableList.of("-XepDisableWarningsInGeneratedCode"))
            .compile(generatedJob("@io.grpc.stub.annotations.GrpcGenerated"));
    assertNoCrash(compilation);
    assertThat(checksReporting(compilation, Diagnostic.Kind.ERROR))
        .contains("GrpcClientCrossesProcessBoundary");
    assertThat(checksReporting(compilation, Diagnostic.Kind.WARNING))
        .contains("EagerStaticGrpcClient");
  }

  private static void assertWarningSilencedErrorKept(String annotation) {
    Compilation without = PluginCompiler.withDefaultChecks().compile(generatedJob(annotation));
    assertNoCrash(without);
    assertThat(checksReporting(without, Diagnostic.Kind.WARNING)).contains("EagerStaticGrpcClient");
    assertThat(checksReporting(without, Diagnostic.Kind.ERROR))
        .contains("GrpcClientCrossesProcessBoundary");

    Compilation with =
        PluginCompiler.withDefaultChecks()
            .withErrorProneFlags(ImmutableList.of("-XepDisableWarningsInGeneratedCode"))
            .compile(generatedJob(annotation));
    assertNoCrash(with);
    assertThat(checksReporting(with, Diagnostic.Kind.WARNING))
        .doesNotContain("EagerStaticGrpcClient");
    assertThat(checksReporting(with, Diagnostic.Kind.ERROR))
        .contains("GrpcClientCrossesProcessBoundary");
    assertThat(with.status()).isEqualTo(Compilation.Status.FAILURE);
  }
}
