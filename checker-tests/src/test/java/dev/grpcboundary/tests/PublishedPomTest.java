package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.grpcboundary.config.Documentation;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POM users resolve for {@code dev.grpcboundary:grpc-boundary-checker}: the flattened one that
 * the checker build writes next to its jar (checker/target/grpc-boundary-checker-VERSION.pom) and
 * installs and publishes in place of checker/pom.xml. When this module runs alone against an
 * installed checker, the jar and that POM come from the local repository, side by side again.
 *
 * <p>It proves that the plugin needs nothing at run time beyond what Error Prone itself provides:
 * every dependency is {@code provided}, {@code test} or optional, and the provided ones are Error
 * Prone or the AutoService annotation (CLASS retention: read by the annotation processor at build
 * time, absent at run time). It also holds the metadata Maven Central requires, and no {@code
 * <parent>}: the parent POM is not published.
 */
@RunWith(JUnit4.class)
public final class PublishedPomTest {
  /**
   * The checker's one constant for its documentation links: the published POM's url must equal it,
   * so every finding's link points into the project users found the plugin at.
   */
  static final String PROJECT_URL = Documentation.PROJECT_URL;

  @Test
  public void pluginHasNoRuntimeDependencyBeyondErrorProne() throws Exception {
    Element project = parse(Files.readAllBytes(publishedPom()));
    List<String> problems = runtimeDependencyProblems(project);
    assertWithMessage("dependencies of the published POM %s", publishedPom())
        .that(problems)
        .isEmpty();
    // What the POM does declare: Error Prone's compiler (and AutoService's annotation) only.
    assertThat(dependencies(project)).contains("com.google.errorprone:error_prone_core:provided");
  }

  @Test
  public void pluginJarBundlesNoOtherProjectsClasses() throws IOException {
    Path jar = checkerOnClassPath();
    if (Files.isDirectory(jar)) {
      return; // a reactor build that stops at `test`: no jar yet (verify checks it).
    }
    List<String> foreign = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".class")
            && !entry.getName().startsWith("dev/grpcboundary/")) {
          foreign.add(entry.getName());
        }
      }
    }
    assertWithMessage("classes in %s that are not the plugin's own", jar).that(foreign).isEmpty();
  }

  @Test
  public void publishedPomHasCentralMetadataAndNoParent() throws Exception {
    Element project = parse(Files.readAllBytes(publishedPom()));
    assertWithMessage("<parent> (the parent POM is not published)")
        .that(child(project, "parent"))
        .isNull();
    assertThat(text(project, "groupId")).isEqualTo("dev.grpcboundary");
    assertThat(text(project, "artifactId")).isEqualTo("grpc-boundary-checker");
    assertThat(text(project, "version")).isEqualTo(version());
    assertThat(text(project, "name")).isNotEmpty();
    assertThat(text(project, "description")).isNotEmpty();
    // Exactly the project URL: Maven must not append the artifactId when the checker inherits it.
    assertThat(text(project, "url")).isEqualTo(PROJECT_URL);
    Element license = child(child(project, "licenses"), "license");
    assertThat(text(license, "name")).isEqualTo("Apache-2.0");
    assertThat(text(license, "url")).isNotEmpty();
    assertThat(text(child(child(project, "developers"), "developer"), "name")).isNotEmpty();
    assertThat(text(child(project, "scm"), "url")).isEqualTo(PROJECT_URL);
    assertThat(text(child(project, "scm"), "connection")).isNotEmpty();
  }

  /** The rule above rejects what it should: a compile, runtime or unknown provided dependency. */
  @Test
  public void ruleRejectsRuntimeDependencies() throws Exception {
    Element project =
        parse(
            ("<project><dependencies>"
                    + dependency("com.google.errorprone", "error_prone_core", "provided", false)
                    + dependency("com.google.guava", "guava", "", false)
                    + dependency("org.example", "runtime-thing", "runtime", false)
                    + dependency("org.example", "provided-thing", "provided", false)
                    + dependency("org.example", "optional-thing", "compile", true)
                    + dependency("junit", "junit", "test", false)
                    + "</dependencies></project>")
                .getBytes(StandardCharsets.UTF_8));
    List<String> problems = runtimeDependencyProblems(project);
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).contains("com.google.guava:guava (compile)");
    assertThat(problems.get(1)).contains("org.example:runtime-thing (runtime)");
    assertThat(problems.get(2)).contains("org.example:provided-thing (provided)");
  }

  private static String dependency(
      String groupId, String artifactId, String scope, boolean optional) {
    return "<dependency><groupId>"
        + groupId
        + "</groupId><artifactId>"
        + artifactId
        + "</artifactId>"
        + (scope.isEmpty() ? "" : "<scope>" + scope + "</scope>")
        + (optional ? "<optional>true</optional>" : "")
        + "</dependency>";
  }

  /**
   * Every dependency a user's build would put on the processor path next to Error Prone: not
   * test-scoped, not optional, and not a provided one that Error Prone's installation supplies.
   */
  static List<String> runtimeDependencyProblems(Element project) {
    List<String> problems = new ArrayList<>();
    for (Element dependency : children(child(project, "dependencies"), "dependency")) {
      String groupId = text(dependency, "groupId");
      String artifactId = text(dependency, "artifactId");
      String scope = text(dependency, "scope").isEmpty() ? "compile" : text(dependency, "scope");
      boolean optional = "true".equals(text(dependency, "optional"));
      String name = groupId + ":" + artifactId + " (" + scope + ")";
      if (scope.equals("test") || optional) {
        continue;
      }
      if (scope.equals("provided")) {
        boolean errorProne = groupId.equals("com.google.errorprone");
        boolean autoServiceAnnotation =
            groupId.equals("com.google.auto.service")
                && artifactId.equals("auto-service-annotations");
        if (!errorProne && !autoServiceAnnotation) {
          problems.add(name + ": provided, but not by Error Prone");
        }
        continue;
      }
      problems.add(name + ": users would have to resolve it next to Error Prone");
    }
    return problems;
  }

  private static List<String> dependencies(Element project) {
    List<String> result = new ArrayList<>();
    for (Element dependency : children(child(project, "dependencies"), "dependency")) {
      result.add(
          text(dependency, "groupId")
              + ":"
              + text(dependency, "artifactId")
              + ":"
              + text(dependency, "scope"));
    }
    return result;
  }

  /** The published POM that sits next to the checker jar (or next to target/classes). */
  private static Path publishedPom() {
    Path checker = checkerOnClassPath();
    String fileName = "grpc-boundary-checker-" + version() + ".pom";
    Path pom = checker.resolveSibling(fileName);
    assertWithMessage(
            "the published POM %s (written by flatten-maven-plugin in the checker build)", pom)
        .that(Files.isRegularFile(pom))
        .isTrue();
    return pom;
  }

  /** The checker jar (or, in a reactor build that stops at `test`, its target/classes). */
  private static Path checkerOnClassPath() {
    for (File entry : PluginCompiler.testClassPath()) {
      Path path = entry.toPath().toAbsolutePath();
      String name = path.getFileName().toString();
      if (name.equals("grpc-boundary-checker-" + version() + ".jar")) {
        return path;
      }
      if (name.equals("classes")
          && path.getParent() != null
          && path.getParent().getParent() != null
          && path.getParent().getParent().getFileName().toString().equals("checker")) {
        return path;
      }
    }
    throw new AssertionError(
        "no grpc-boundary-checker jar or checker/target/classes on the test class path");
  }

  private static String version() {
    String version = System.getProperty("grpcboundary.version");
    assertWithMessage("system property grpcboundary.version (set by checker-tests/pom.xml)")
        .that(version)
        .isNotNull();
    return version;
  }

  private static Element parse(byte[] xml) throws Exception {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      return document.getDocumentElement();
    }
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        return (Element) node;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    if (parent == null) {
      return result;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        result.add((Element) node);
      }
    }
    return result;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().trim();
  }
}
