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
            .withErrorProneFlags(
                ImmutableList.of("-XepOpt:GrpcBoundary:IgnoredTypes=io.grpc.Channel"))
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

  /** An empty value means "none": each flag then behaves as if it were not given. */
  @Test
  public void emptyValuesMeanNone() {
    for (String flag :
        ImmutableList.of(
            "-XepOpt:GrpcBoundary:ClientTypes=",
            "-XepOpt:GrpcBoundary:IgnoredTypes=",
            "-XepOpt:GrpcBoundary:SerializingMethods=",
            "-XepOpt:GrpcBoundary:IgnoredTypes=,,")) {
      assertWithMessage(flag).that(channelFindingsWith(flag)).hasSize(1);
    }
  }

  /** Empty entries (a doubled or trailing comma) and blanks around entries are skipped. */
  @Test
  public void emptyEntriesAndTrailingCommasAreSkipped() {
    assertThat(
            channelFindingsWith(
                "-XepOpt:GrpcBoundary:IgnoredTypes=,com.example.Nothing,,io.grpc.Channel,"))
        .isEmpty();

    CaseFile inHouse = CaseFile.named("cases", "ClientTypesFlagAddsInHouseClient.java");
    String clientType = "com.example.inventory.ClientTypesFlagAddsInHouseClient.InventoryClient";
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(
                ImmutableList.of("-XepOpt:GrpcBoundary:ClientTypes=," + clientType + ",,"))
            .compile(inHouse.source());
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(PluginCompiler.ourDiagnostics(compilation)).hasSize(1);
    assertThat(PluginCompiler.message(PluginCompiler.ourDiagnostics(compilation).get(0)))
        .contains("`client` (InventoryClient, a gRPC client) is captured by a lambda");
  }

  /**
   * A well-formed name of a type that is not on the class path is accepted and matches nothing: one
   * flag value usually serves every module of a build, and each module has its own class path.
   */
  @Test
  public void typesNotOnTheClassPathAreAcceptedAndMatchNothing() {
    for (String flag :
        ImmutableList.of(
            "-XepOpt:GrpcBoundary:ClientTypes=com.example.NoSuchClient",
            "-XepOpt:GrpcBoundary:IgnoredTypes=com.example.NoSuchChannel",
            "-XepOpt:GrpcBoundary:SerializingMethods=com.example.NoSuchCluster#submit",
            // A nested type is written as in source; the binary name with '$' matches nothing.
            "-XepOpt:GrpcBoundary:IgnoredTypes=io.grpc.ManagedChannel$Nested")) {
      assertWithMessage(flag).that(channelFindingsWith(flag)).hasSize(1);
    }
  }

  /** Every form we reject, each with the one error that names the flag and the bad entry. */
  @Test
  public void malformedEntriesAreRejected() {
    String types = "-XepOpt:GrpcBoundary:ClientTypes=";
    String methods = "-XepOpt:GrpcBoundary:SerializingMethods=";
    for (String[] flagAndEntry :
        new String[][] {
          {types + "com.example.FooClient#call", "com.example.FooClient#call"},
          {types + "com.example.*", "com.example.*"},
          {types + "com.example..FooClient", "com.example..FooClient"},
          {types + ".FooClient", ".FooClient"},
          {types + "com.example.new.FooClient", "com.example.new.FooClient"},
          {
            types + "com.example.FooClient;com.example.BarClient",
            "com.example.FooClient;com.example.BarClient"
          },
          {"-XepOpt:GrpcBoundary:IgnoredTypes=com.example.Foo<T>", "com.example.Foo<T>"},
          {methods + "#submit", "#submit"},
          {methods + "com.example.Cluster#", "com.example.Cluster#"},
          {methods + "com.example.Cluster##submit", "com.example.Cluster##submit"},
          {methods + "com.example.Cluster#submit#now", "com.example.Cluster#submit#now"},
          {methods + "com.example.Cluster#submit()", "com.example.Cluster#submit()"},
          {methods + "com.example.Cluster#class", "com.example.Cluster#class"},
          {methods + "com.example.Cluster::submit", "com.example.Cluster::submit"},
          {methods + "submit", "submit"},
        }) {
      String flag = flagAndEntry[0];
      String name = flag.substring("-XepOpt:".length(), flag.indexOf('='));
      assertSingleError(
          flag, "Invalid value for -XepOpt:" + name + ": '" + flagAndEntry[1] + "' is malformed");
    }
  }

  /** Error Prone reads {@code -XepOpt:Name} without a value as "true", which is no type name. */
  @Test
  public void aFlagWithoutAValueIsRejected() {
    assertSingleError(
        "-XepOpt:GrpcBoundary:ClientTypes",
        "Invalid value for -XepOpt:GrpcBoundary:ClientTypes: 'true' is malformed");
  }

  /**
   * A name under {@code GrpcBoundary:} that no check reads is a typo: one error that names it and
   * the flags there are, rather than a setting silently not applied.
   */
  @Test
  public void unknownFlagNamesInOurNamespaceAreRejected() {
    String known =
        "The flags are -XepOpt:GrpcBoundary:ClientTypes, -XepOpt:GrpcBoundary:IgnoredTypes,"
            + " -XepOpt:GrpcBoundary:SerializingMethods (names are case-sensitive)";
    assertSingleError(
        "-XepOpt:GrpcBoundary:ClientType=com.example.FooClient",
        "Unknown flag -XepOpt:GrpcBoundary:ClientType. " + known);
    assertSingleError(
        "-XepOpt:GrpcBoundary:clienttypes=com.example.FooClient",
        "Unknown flag -XepOpt:GrpcBoundary:clienttypes. " + known);
    assertSingleError(
        "-XepOpt:GrpcBoundary:ClientTypes:Extra=com.example.FooClient",
        "Unknown flag -XepOpt:GrpcBoundary:ClientTypes:Extra. " + known);
  }

  /** Other plugins' and Error Prone's own options are none of our business. */
  @Test
  public void flagsOutsideOurNamespaceAreIgnored() {
    assertThat(
            channelFindingsWith(
                "-XepOpt:NullAway:AnnotatedPackages=com.example",
                "-XepOpt:GrpcBoundaryExtras:Anything=1",
                "-XepOpt:GrpcBoundary=on"))
        .hasSize(1);
  }

  /** Error Prone keeps the last value of a repeated flag; ours are read after that. */
  @Test
  public void aRepeatedFlagKeepsItsLastValue() {
    assertThat(
            channelFindingsWith(
                "-XepOpt:GrpcBoundary:IgnoredTypes=1abc",
                "-XepOpt:GrpcBoundary:IgnoredTypes=io.grpc.Channel"))
        .isEmpty();
  }

  /** With both checks on, a malformed value is still reported once, not once per check. */
  @Test
  public void malformedValueIsReportedOnceWithBothChecksOn() {
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(
                ImmutableList.of(
                    "-Xep:EagerStaticGrpcClient:WARN", "-XepOpt:GrpcBoundary:SerializingMethods=x"))
            .compile(CAPTURES_A_CHANNEL, EAGER_STATIC_CHANNEL);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertWithMessage(PluginCompiler.describe(compilation)).that(compilation.errors()).hasSize(1);
    assertThat(PluginCompiler.ourDiagnostics(compilation)).hasSize(1);
  }

  private static final JavaFileObject EAGER_STATIC_CHANNEL =
      JavaFileObjects.forSourceLines(
          "Channels",
          "import io.grpc.ManagedChannel;",
          "import io.grpc.ManagedChannelBuilder;",
          "class Channels {",
          "  static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget(\"x:443\").build();",
          "  static String authority() { return CHANNEL.authority(); }",
          "}");

  /**
   * Our findings for {@link #CAPTURES_A_CHANNEL} with {@code flags}; the compilation must succeed.
   */
  private static List<String> channelFindingsWith(String... flags) {
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.copyOf(flags))
            .compile(CAPTURES_A_CHANNEL);
    assertWithMessage(String.join(" ", flags) + "\n" + PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    return PluginCompiler.ourDiagnostics(compilation).stream()
        .map(PluginCompiler::message)
        .collect(Collectors.toList());
  }

  /** The compilation fails with exactly one error, ours, containing {@code expectedMessage}. */
  private static void assertSingleError(String flag, String expectedMessage) {
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.of(flag))
            .compile(CAPTURES_A_CHANNEL);
    assertWithMessage(flag + "\n" + PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.FAILURE);
    List<String> errors =
        compilation.errors().stream().map(PluginCompiler::message).collect(Collectors.toList());
    assertWithMessage(flag).that(errors).hasSize(1);
    assertWithMessage(flag).that(errors.get(0)).contains(expectedMessage);
  }

  private static void assertMalformedValueIsReported(String flag, String expectedMessage) {
    Compilation compilation =
        PluginCompiler.withPlugin()
            .withErrorProneFlags(ImmutableList.of(flag))
            .compile(CAPTURES_A_CHANNEL);
    assertWithMessage(PluginCompiler.describe(compilation))
        .that(compilation.status())
        .isEqualTo(Compilation.Status.FAILURE);
    String errors =
        compilation.errors().stream()
            .map(PluginCompiler::message)
            .collect(Collectors.joining("\n"));
    assertWithMessage(flag).that(errors).contains(expectedMessage);
  }

  private interface CompileAction {
    Compilation compile();
  }

  /**
   * Runs {@code action} with System.err captured into {@code captured[0]} (javac prints crashes
   * there).
   */
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
