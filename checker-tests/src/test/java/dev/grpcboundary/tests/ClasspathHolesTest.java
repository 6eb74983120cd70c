package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * A user's class path is often incomplete: no gRPC at all, or a client jar without the GAX jar its
 * classes extend. The checks must then do nothing rather than crash, because Error Prone turns an
 * exception in a check into a compile error in the user's build.
 */
@RunWith(JUnit4.class)
public final class ClasspathHolesTest {
  private static final String CRASH = "An unhandled exception was thrown by the Error Prone";

  private static final JavaFileObject SPARK_JOB_WITHOUT_CLIENTS =
      JavaFileObjects.forSourceLines(
          "Job",
          "import java.io.Serializable;",
          "import org.apache.spark.api.java.JavaRDD;",
          "class Job implements Serializable {",
          "  private final String endpoint = \"translate.googleapis.com\";",
          "  JavaRDD<String> run(JavaRDD<String> lines) {",
          "    return lines.map(line -> endpoint + line);",
          "  }",
          "}");

  @Test
  public void noGrpcOrGoogleCloudOnTheClassPath_noFindingNoCrash() {
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.of("-Xep:EagerStaticGrpcClient:WARN"))
            .withClassPathFilter(without("/io/grpc/", "/com/google/api/", "/com/google/cloud/"))
            .compile(SPARK_JOB_WITHOUT_CLIENTS);

    assertWithMessage(PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(PluginCompiler.ourDiagnostics(compilation)).isEmpty();
  }

  @Test
  public void clientJarWithoutTheGaxJarItsClassesExtend_stillRecognizedNoCrash() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "Job",
            "import com.google.cloud.translate.v3.TranslationServiceClient;",
            "import java.io.Serializable;",
            "import org.apache.spark.api.java.JavaRDD;",
            "class Job implements Serializable {",
            "  private TranslationServiceClient client;",
            "  private static final TranslationServiceClient SHARED = null;",
            "  JavaRDD<String> run(JavaRDD<String> lines, TranslationServiceClient local) {",
            "    return lines.map(line -> line + local + client + SHARED);",
            "  }",
            "}");

    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.of("-Xep:EagerStaticGrpcClient:WARN"))
            .withClassPathFilter(without("/com/google/api/gax/", "/gax-"))
            .compile(source);

    assertWithMessage(PluginCompiler.describe(compilation))
        .that(messages(compilation))
        .doesNotContain(CRASH);
    // javac still knows a missing supertype's name from the class file that refers to it, so the
    // client is recognized by name and the analysis goes on normally.
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(
            PluginCompiler.ourDiagnostics(compilation).stream()
                .map(PluginCompiler::message)
                .anyMatch(
                    m ->
                        m.contains(
                            "`local` (TranslationServiceClient, a gRPC client) is captured")))
        .isTrue();
  }

  /** A Spark job that captures a channel and a class that builds one while it is initialized. */
  private static final JavaFileObject CHANNEL_JOB =
      JavaFileObjects.forSourceLines(
          "ChannelJob",
          "import io.grpc.ManagedChannel;",
          "import io.grpc.ManagedChannelBuilder;",
          "import org.apache.spark.api.java.JavaRDD;",
          "class ChannelJob {",
          "  static final ManagedChannel SHARED = ManagedChannelBuilder.forTarget(\"x:443\").build();",
          "  static String authority() { return SHARED.authority(); }",
          "  JavaRDD<String> run(JavaRDD<String> lines, ManagedChannel channel) {",
          "    return lines.map(line -> line + channel.authority());",
          "  }",
          "}");

  @Test
  public void onlyGrpcApi_noStubsNoGaxNoCloudClients_bothChecksStillReport() {
    Compilation compilation =
        compileWithBothChecks(
            CHANNEL_JOB,
            file -> !file.getPath().contains("/io/grpc/") || file.getPath().contains("/grpc-api/"),
            without("/com/google/api/", "/com/google/cloud/", "/org/apache/beam/"));

    assertCompiledWithoutCrash(compilation);
    assertFindingsStartWith(
        compilation,
        "[EagerStaticGrpcClient] The initializer of `SHARED` creates a gRPC client",
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is"
            + " captured by a lambda (Spark `Function`)");
  }

  private static final JavaFileObject GENERATED_STUB_JOB =
      JavaFileObjects.forSourceLines(
          "StubJob",
          "import com.google.cloud.translate.v3.TranslationServiceGrpc.TranslationServiceBlockingStub;",
          "import io.grpc.ManagedChannel;",
          "import org.apache.spark.api.java.JavaRDD;",
          "class StubJob {",
          "  JavaRDD<String> run(",
          "      JavaRDD<String> lines, TranslationServiceBlockingStub stub, ManagedChannel channel) {",
          "    return lines.map(line -> line + stub + channel);",
          "  }",
          "}");

  /**
   * The generated stub's superclass {@code AbstractBlockingStub} lives in grpc-stub. Without that
   * jar javac cannot complete the stub's supertypes, so nothing says it is a client and the check
   * reports the channel only; with the jar it reports both.
   */
  @Test
  public void generatedStubWithoutGrpcStubJar_missingSupertypeIsNoClientNoCrash() {
    Compilation withoutStubJar =
        compileWithBothChecks(GENERATED_STUB_JOB, without("/io/grpc/grpc-stub/"));
    assertCompiledWithoutCrash(withoutStubJar);
    assertFindingsStartWith(
        withoutStubJar,
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is captured");

    Compilation complete = compileWithBothChecks(GENERATED_STUB_JOB, file -> true);
    assertCompiledWithoutCrash(complete);
    assertFindingsStartWith(
        complete,
        "[GrpcClientCrossesProcessBoundary] `stub` (TranslationServiceBlockingStub, a gRPC"
            + " client) is captured",
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is captured");
  }

  /**
   * gax-grpc without grpc-stub (and without grpc-core): GAX's own transport types still resolve, so
   * a {@code GrpcTransportChannel} (a GAX {@code BackgroundResource}) captured by a Beam lambda is
   * still reported.
   */
  @Test
  public void gaxGrpcWithoutGrpcStub_gaxTransportStillFlaggedInBeamLambda() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "TransportJob",
            "import com.google.api.gax.grpc.GrpcTransportChannel;",
            "import org.apache.beam.sdk.transforms.SerializableFunction;",
            "class TransportJob {",
            "  SerializableFunction<String, String> tag(GrpcTransportChannel transport) {",
            "    return line -> line + transport.getTransportName();",
            "  }",
            "}");
    Compilation compilation =
        compileWithBothChecks(source, without("/io/grpc/grpc-stub/", "/io/grpc/grpc-core/"));
    assertCompiledWithoutCrash(compilation);
    assertFindingsStartWith(
        compilation,
        "[GrpcClientCrossesProcessBoundary] `transport` (GrpcTransportChannel, a gRPC client)"
            + " is captured by a lambda (Beam `SerializableFunction`)");
  }

  /**
   * A captured object whose own supertype is missing (a protobuf request without protobuf-java):
   * its fields cannot be looked into, which is no reason to stop. The channel next to it, and the
   * channel in a field of a user class that also holds such a request, are still reported. javac
   * itself cannot compile this source (its code generation needs the missing class), and our checks
   * must neither hide that error nor add one.
   */
  @Test
  public void capturedMessageWithoutProtobufJar_otherCapturesStillReported() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "RequestJob",
            "import com.google.cloud.translate.v3.TranslateTextRequest;",
            "import io.grpc.ManagedChannel;",
            "import java.io.Serializable;",
            "import org.apache.spark.api.java.JavaRDD;",
            "class RequestJob {",
            "  static final class Batch implements Serializable {",
            "    TranslateTextRequest template;",
            "    ManagedChannel channel;",
            "  }",
            "  JavaRDD<String> run(",
            "      JavaRDD<String> lines, TranslateTextRequest request, ManagedChannel channel) {",
            "    return lines.map(line -> line + request + channel);",
            "  }",
            "  JavaRDD<String> runBatch(JavaRDD<String> lines, Batch batch) {",
            "    return lines.map(line -> line + batch);",
            "  }",
            "}");
    Compilation compilation =
        compileWithBothChecks(source, without("/com/google/protobuf/protobuf-java/"));
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(messages(compilation))
        .doesNotContain(CRASH);
    Compilation withoutOurChecks =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.of("-Xep:" + PluginCompiler.CHECK + ":OFF"))
            .withClassPathFilter(without("/com/google/protobuf/protobuf-java/"))
            .compile(source);
    assertThat(javacErrors(withoutOurChecks))
        .containsExactly("cannot access com.google.protobuf.GeneratedMessage");
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(javacErrors(compilation))
        .isEqualTo(javacErrors(withoutOurChecks));
    assertFindingsStartWith(
        compilation,
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is a"
            + " field of class `Batch`",
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is captured",
        "[GrpcClientCrossesProcessBoundary] `batch` (Batch, which holds a gRPC client:"
            + " ManagedChannel in field `channel`) is captured");
  }

  /**
   * Beam's core jar without its dependencies (vendored gRPC, its model protos, Joda-Time, Jackson,
   * SLF4J): a DoFn still compiles, and the check still reports its channel field. Beam's vendored
   * Guava stays: on JDK 21+ with {@code -XDaddTypeAnnotationsToSymbol=true} (which Error Prone
   * 2.46+ requires) javac itself fails without it ("Cannot attach type annotations ... class file
   * for ...TypeToken not found"), before any check runs.
   */
  @Test
  public void beamCoreWithoutItsDependencies_doFnFieldStillFlaggedNoCrash() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "TagFn",
            "import io.grpc.ManagedChannel;",
            "import org.apache.beam.sdk.transforms.DoFn;",
            "class TagFn extends DoFn<String, String> {",
            "  private final ManagedChannel channel;",
            "  TagFn(ManagedChannel channel) { this.channel = channel; }",
            "  @ProcessElement",
            "  public void process(@Element String line, OutputReceiver<String> out) {",
            "    out.output(line + channel.authority());",
            "  }",
            "}");
    Compilation compilation =
        compileWithBothChecks(
            source,
            without(
                "/org/apache/beam/beam-vendor-grpc",
                "/org/apache/beam/beam-model-",
                "/joda-time/",
                "/com/fasterxml/",
                "/org/slf4j/"));
    assertCompiledWithoutCrash(compilation);
    assertFindingsStartWith(
        compilation,
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is a"
            + " field of class `TagFn`");
  }

  /**
   * A Beam pipeline whose only gRPC is Beam's vendored copy: no io.grpc, GAX or Cloud jars at all.
   * The relocated channel is still a client.
   */
  @Test
  public void beamVendoredGrpcWithoutIoGrpc_vendoredChannelStillFlagged() {
    CaseFile vendored = CaseFile.named("cases", "BeamDoFnWithVendoredGrpcChannel.java");
    Compilation compilation =
        compileWithBothChecks(
            vendored.source(), without("/io/grpc/", "/com/google/api/", "/com/google/cloud/"));
    assertCompiledWithoutCrash(compilation);
    assertFindingsStartWith(
        compilation,
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is a field of"
            + " class `LookupFn`, which Beam serializes");
  }

  /** Spark's jars without the Scala library their classes are written against. */
  @Test
  public void sparkWithoutScalaLibrary_lambdaCaptureStillFlaggedNoCrash() {
    Compilation compilation = compileWithBothChecks(CHANNEL_JOB, without("/org/scala-lang/"));
    assertCompiledWithoutCrash(compilation);
    assertFindingsStartWith(
        compilation,
        "[EagerStaticGrpcClient] The initializer of `SHARED` creates a gRPC client",
        "[GrpcClientCrossesProcessBoundary] `channel` (ManagedChannel, a gRPC client) is"
            + " captured by a lambda (Spark `Function`)");
  }

  /** Both checks on (ours as warnings), the class path cut down by every filter in {@code keep}. */
  @SafeVarargs
  private static Compilation compileWithBothChecks(JavaFileObject source, Predicate<File>... keep) {
    Predicate<File> all = file -> true;
    for (Predicate<File> filter : keep) {
      all = all.and(filter);
    }
    return PluginCompiler.withPlugin()
        .withErrorProneFlags(ImmutableList.of("-Xep:EagerStaticGrpcClient:WARN"))
        .withClassPathFilter(all)
        .compile(source);
  }

  /** javac compiled the source (so Error Prone ran) and no check threw. */
  private static void assertCompiledWithoutCrash(Compilation compilation) {
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(messages(compilation))
        .doesNotContain(CRASH);
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
  }

  /** Our findings, in source order, are exactly one per prefix, each starting with its prefix. */
  private static void assertFindingsStartWith(Compilation compilation, String... prefixes) {
    List<String> findings =
        PluginCompiler.ourDiagnostics(compilation).stream()
            .sorted(Comparator.comparingLong(Diagnostic::getLineNumber))
            .map(PluginCompiler::message)
            .collect(Collectors.toList());
    assertWithMessage(PluginCompiler.describe(compilation)).that(findings).hasSize(prefixes.length);
    for (int i = 0; i < prefixes.length; i++) {
      assertWithMessage(PluginCompiler.describe(compilation))
          .that(findings.get(i))
          .startsWith(prefixes[i]);
    }
  }

  /** The first line of each error javac reports itself, in source order. */
  private static List<String> javacErrors(Compilation compilation) {
    return compilation.errors().stream()
        .sorted(Comparator.comparingLong(Diagnostic::getLineNumber))
        .map(error -> PluginCompiler.message(error).lines().findFirst().orElse(""))
        .filter(message -> !message.startsWith("["))
        .collect(Collectors.toList());
  }

  private static String messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(PluginCompiler::message)
        .collect(Collectors.joining("\n"));
  }

  private static Predicate<File> without(String... pathParts) {
    List<String> parts = List.of(pathParts);
    return file -> parts.stream().noneMatch(part -> file.getPath().contains(part));
  }
}
