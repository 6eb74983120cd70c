package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Evidence that the suite tests the built plugin, loaded the way users load it: through the
 * AutoService registration in the checker jar, from the processor path.
 *
 * <p>In-process (compile-testing, as in {@link CorpusTest}) javac's processor class loader
 * delegates to the application class loader, which sees the whole test class path: there the checks
 * are still discovered through the jar's service file (the only registration on the class path, see
 * the first test), but taking the jar off the processor path alone changes nothing. A forked javac
 * shows the real rule: the checker jar must be on the processor path.
 */
@RunWith(JUnit4.class)
public final class PluginLoadingTest {
  private static final String SERVICE =
      "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";

  @ClassRule public static final TemporaryFolder temp = new TemporaryFolder();

  private static Path source;

  @BeforeClass
  public static void writeSource() throws IOException {
    source = temp.getRoot().toPath().resolve("Job.java");
    Files.writeString(
        source,
        String.join(
            "\n",
            "import io.grpc.ManagedChannel;",
            "import org.apache.spark.api.java.JavaRDD;",
            "class Job {",
            "  JavaRDD<String> run(JavaRDD<String> lines, ManagedChannel channel) {",
            "    return lines.map(line -> line + channel.authority());",
            "  }",
            "}",
            ""));
  }

  @Test
  public void theOnlyRegistrationOfOurChecksIsTheBuiltChecker() throws IOException {
    List<File> registering = new ArrayList<>();
    for (File entry : PluginCompiler.testClassPath()) {
      if (registersOurChecks(entry)) {
        registering.add(entry);
        assertThat(serviceFile(entry))
            .contains("dev.grpcboundary.GrpcClientCrossesProcessBoundary");
      }
    }
    assertWithMessage("class path entries registering our checks").that(registering).hasSize(1);
    File entry = registering.get(0);
    if (entry.isFile()) {
      // -pl checker-tests (after installing the checker) and reactor builds up to package/verify.
      assertThat(entry.getName()).matches("grpc-boundary-checker-.*\\.jar");
    } else {
      // A reactor build that stops at test (mvn test) hands over the checker's target/classes.
      assertThat(entry.toPath().endsWith(Path.of("checker", "target", "classes"))).isTrue();
    }
  }

  @Test
  public void forkedJavacFindsTheCheckOnTheProcessorPath() throws Exception {
    PluginCompiler compiler = PluginCompiler.withPlugin();
    ForkedJavac.Result result =
        ForkedJavac.run(
            compiler.processorPath(), PluginCompiler.testClassPath(), compiler.options(), source);
    assertWithMessage(result.output()).that(result.exitCode()).isEqualTo(0);
    assertThat(result.output()).contains("Job.java:5: warning: [GrpcClientCrossesProcessBoundary]");
    assertThat(result.output())
        .contains(
            "`channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)");
  }

  @Test
  public void forkedJavacRejectsTheCheckWhenTheJarIsOnlyOnTheClassPath() throws Exception {
    PluginCompiler compiler =
        PluginCompiler.withPlugin().withProcessorPathFilter(entry -> !registersOurChecks(entry));
    assertThat(compiler.processorPath()).hasSize(PluginCompiler.testClassPath().size() - 1);
    ForkedJavac.Result result =
        ForkedJavac.run(
            compiler.processorPath(), PluginCompiler.testClassPath(), compiler.options(), source);
    assertWithMessage(result.output()).that(result.exitCode()).isNotEqualTo(0);
    assertThat(result.output())
        .contains("GrpcClientCrossesProcessBoundary is not a valid checker name");
  }

  private static boolean registersOurChecks(File entry) {
    try {
      String services = serviceFile(entry);
      return services != null && services.contains("dev.grpcboundary.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The BugChecker service file of a jar or directory, or null. */
  private static String serviceFile(File entry) throws IOException {
    if (entry.isDirectory()) {
      Path file = entry.toPath().resolve(SERVICE);
      return Files.isRegularFile(file) ? Files.readString(file) : null;
    }
    if (!entry.isFile()) {
      return null;
    }
    try (JarFile jar = new JarFile(entry)) {
      ZipEntry service = jar.getEntry(SERVICE);
      if (service == null) {
        return null;
      }
      try (InputStream in = jar.getInputStream(service)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
