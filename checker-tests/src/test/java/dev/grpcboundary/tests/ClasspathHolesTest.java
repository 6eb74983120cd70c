package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
                .anyMatch(m -> m.contains("`local` (TranslationServiceClient, a gRPC client) is captured")))
        .isTrue();
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
