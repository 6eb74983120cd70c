import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the files that the release build hands to Sonatype's central-publishing-maven-plugin
 * against what Maven Central validates in a deployment (its published "Requirements"):
 *
 * <ul>
 *   <li>the jar, its {@code -sources.jar} and {@code -javadoc.jar}, and the POM;
 *   <li>a POM with coordinates, name, description, url, at least one license (name and url), at
 *       least one developer and scm (url and connection), and no {@code <parent>} (only this module
 *       is published, so a parent reference could not be resolved by users);
 *   <li>an {@code .asc} signature next to each of them when signing is on;
 *   <li>a release version (a {@code -SNAPSHOT} is reported, not failed: main keeps one).
 * </ul>
 *
 * <p>The publishing plugin cannot write its bundle without uploading it (with {@code
 * skipPublishing} it skips staging too), so this program also writes the bundle the way the plugin
 * lays it out, checksums ({@code .md5}, {@code .sha1}, {@code .sha256}, {@code .sha512}) and
 * signatures included: target/central-bundle/central-bundle.zip. Also checked, for this project:
 * the plugin jar carries only our own classes, is registered as an Error Prone check through {@code
 * META-INF/services}, and every entry of every jar has the one {@code
 * project.build.outputTimestamp} time (reproducible build); the POM declares no dependency a user's
 * build would have to resolve at compile or run time (only {@code provided}, {@code test} or
 * optional ones: Error Prone supplies the rest).
 *
 * <p>For a release version it also requires the docs to name it (README's Maven snippet,
 * installation.md's Gradle and Bazel coordinates, a CHANGELOG.md section); examples/pom.xml must
 * name the version being built in any case.
 *
 * <p>Run by the {@code release} profile of checker/pom.xml as a single-file Java program: {@code
 * java CentralBundleCheck.java TARGET_DIR GROUP_ID ARTIFACT_ID VERSION SIGNING_SKIPPED
 * REPOSITORY_ROOT}. Prints one line per check and fails (exit 1) if any requirement is not met.
 */
public final class CentralBundleCheck {
  private final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: java CentralBundleCheck.java TARGET_DIR GROUP_ID ARTIFACT_ID VERSION"
              + " SIGNING_SKIPPED REPOSITORY_ROOT");
      System.exit(2);
    }
    CentralBundleCheck check = new CentralBundleCheck();
    check.run(Paths.get(args[0]), args[1], args[2], args[3], Boolean.parseBoolean(args[4]));
    check.checkDocs(Paths.get(args[5]), args[1], args[2], args[3]);
    if (!check.failures.isEmpty()) {
      System.out.println("Central bundle check FAILED:");
      check.failures.forEach(failure -> System.out.println("  - " + failure));
      System.exit(1);
    }
    System.out.println("Central bundle check passed.");
  }

  private void run(Path target, String groupId, String artifactId, String version, boolean unsigned)
      throws Exception {
    String base = artifactId + "-" + version;
    Path jar = target.resolve(base + ".jar");
    Path sources = target.resolve(base + "-sources.jar");
    Path javadoc = target.resolve(base + "-javadoc.jar");
    Path pom = target.resolve(base + ".pom");
    List<Path> files = List.of(pom, jar, sources, javadoc);
    for (Path file : files) {
      require(Files.isRegularFile(file) && Files.size(file) > 0, "missing or empty: " + file);
    }
    if (!failures.isEmpty()) {
      return;
    }

    checkPom(pom, groupId, artifactId, version);
    checkPluginJar(jar);
    Set<String> sourceNames = entries(sources);
    require(
        sourceNames.stream().anyMatch(name -> name.endsWith(".java")),
        sources.getFileName() + " holds no .java file");
    require(
        entries(javadoc).contains("index.html"), javadoc.getFileName() + " holds no index.html");
    for (Path file : List.of(jar, sources, javadoc)) {
      checkOneTimestamp(file);
    }

    if (unsigned) {
      System.out.println(
          "  signatures: not checked, signing was skipped (Central requires an .asc per file)");
    } else {
      int before = failures.size();
      for (Path file : files) {
        // maven-gpg-plugin 3.x writes signatures to target/gpg/, under the deployed file names.
        Path asc = target.resolve("gpg").resolve(file.getFileName() + ".asc");
        Path besideIt = target.resolve(file.getFileName() + ".asc");
        require(
            Files.isRegularFile(asc) || Files.isRegularFile(besideIt),
            "signing is on but there is no signature " + asc);
      }
      if (failures.size() == before) {
        System.out.println("  signatures: an .asc for each of the " + files.size() + " files");
      }
    }

    if (failures.isEmpty()) {
      Path bundle = writeBundle(target, groupId, artifactId, version, files, unsigned);
      System.out.println(
          "  bundle: "
              + bundle
              + " (Maven repository layout, .md5/.sha1/.sha256/.sha512 per file"
              + (unsigned ? "; unsigned" : ", .asc per file")
              + "): what the publishing plugin uploads; the Central Portal also takes it by hand");
    }

    if (version.endsWith("-SNAPSHOT")) {
      System.out.println(
          "  NOTE: "
              + version
              + " is a snapshot. Central's release publishing accepts release versions only:"
              + " set the release version first (docs/installation.md#releasing).");
    }
    if (failures.isEmpty()) {
      System.out.println(
          "  files: "
              + files.stream().map(file -> file.getFileName().toString()).toList()
              + " for "
              + groupId
              + ":"
              + artifactId
              + ":"
              + version);
    }
  }

  /**
   * The release's user-facing text: README.md's Maven snippet and docs/installation.md's Gradle and
   * Bazel snippets name this version, and CHANGELOG.md has a section for it. Required for a release
   * version; for a snapshot, reported against the release it leads to.
   */
  private void checkDocs(Path root, String groupId, String artifactId, String version)
      throws IOException {
    boolean snapshot = version.endsWith("-SNAPSHOT");
    String release =
        snapshot ? version.substring(0, version.length() - "-SNAPSHOT".length()) : version;
    String quoted = Pattern.quote(release);
    Map<String, Pattern> required = new LinkedHashMap<>();
    required.put(
        "README.md",
        Pattern.compile(
            "<artifactId>"
                + Pattern.quote(artifactId)
                + "</artifactId>\\s*<version>"
                + quoted
                + "</version>"));
    required.put(
        "docs/installation.md",
        Pattern.compile(Pattern.quote(groupId + ":" + artifactId + ":") + quoted + "(?![-.\\w])"));
    required.put("CHANGELOG.md", Pattern.compile("(?m)^## \\[" + quoted + "\\]"));
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Pattern> file : required.entrySet()) {
      Path path = root.resolve(file.getKey());
      String text = Files.isRegularFile(path) ? Files.readString(path) : "";
      if (!file.getValue().matcher(text).find()) {
        missing.add(file.getKey());
      }
    }
    // The sample project that the test suite builds against this very version.
    Path examples = root.resolve("examples/pom.xml");
    String examplesPom = Files.isRegularFile(examples) ? Files.readString(examples) : "";
    if (!examplesPom.contains("<grpc-boundary.version>" + version + "</grpc-boundary.version>")) {
      failures.add(
          "examples/pom.xml: grpc-boundary.version is not "
              + version
              + " (ExamplesMavenIntegrationTest builds it against this version)");
    }
    if (missing.isEmpty()) {
      System.out.println(
          "  docs: README.md, docs/installation.md and CHANGELOG.md name " + release);
    } else if (snapshot) {
      System.out.println("  NOTE: " + missing + " do not name " + release + " yet");
    } else {
      for (String file : missing) {
        failures.add(
            file
                + " does not name "
                + release
                + " (README's Maven snippet, installation.md's"
                + " Gradle/Bazel coordinates, CHANGELOG's \"## ["
                + release
                + "]\" section)");
      }
    }
  }

  /**
   * Writes the deployment bundle as central-publishing-maven-plugin lays it out: each file under
   * its repository path with its checksums and, when signed, its signature. Entries carry a fixed
   * time and come in a fixed order, so the zip is reproducible too.
   */
  private static Path writeBundle(
      Path target,
      String groupId,
      String artifactId,
      String version,
      List<Path> files,
      boolean unsigned)
      throws Exception {
    String directory = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/";
    Path bundle = target.resolve("central-bundle").resolve("central-bundle.zip");
    Files.createDirectories(bundle.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        byte[] content = Files.readAllBytes(file);
        put(zip, directory + name, content);
        for (String[] digest :
            new String[][] {
              {"md5", "MD5"}, {"sha1", "SHA-1"}, {"sha256", "SHA-256"}, {"sha512", "SHA-512"}
            }) {
          String hex =
              HexFormat.of().formatHex(MessageDigest.getInstance(digest[1]).digest(content));
          put(zip, directory + name + "." + digest[0], hex.getBytes(StandardCharsets.US_ASCII));
        }
        if (!unsigned) {
          Path asc = target.resolve("gpg").resolve(name + ".asc");
          if (!Files.isRegularFile(asc)) {
            asc = target.resolve(name + ".asc");
          }
          put(zip, directory + name + ".asc", Files.readAllBytes(asc));
        }
      }
    }
    return bundle;
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_TIME);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  /** 2000-01-01T00:00:00Z: any fixed time; the bundle is an upload format, not an archive. */
  private static final long FIXED_TIME = 946684800000L;

  private void checkPom(Path pom, String groupId, String artifactId, String version)
      throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    Document document = factory.newDocumentBuilder().parse(pom.toFile());
    Element project = document.getDocumentElement();
    String where = pom.getFileName().toString();

    require(child(project, "parent") == null, where + " has a <parent>, which is not published");
    require(groupId.equals(text(project, "groupId")), where + ": groupId is not " + groupId);
    require(
        artifactId.equals(text(project, "artifactId")),
        where + ": artifactId is not " + artifactId);
    require(version.equals(text(project, "version")), where + ": version is not " + version);
    for (String element : List.of("name", "description", "url")) {
      require(!text(project, element).isBlank(), where + " has no <" + element + ">");
    }

    List<Element> licenses = children(child(project, "licenses"), "license");
    require(!licenses.isEmpty(), where + " has no <licenses><license>");
    for (Element license : licenses) {
      require(
          !text(license, "name").isBlank() && !text(license, "url").isBlank(),
          where + ": a <license> without <name> and <url>");
    }
    List<Element> developers = children(child(project, "developers"), "developer");
    require(!developers.isEmpty(), where + " has no <developers><developer>");
    for (Element developer : developers) {
      require(
          !text(developer, "name").isBlank() || !text(developer, "id").isBlank(),
          where + ": a <developer> without <name> or <id>");
    }
    Element scm = child(project, "scm");
    require(
        scm != null && !text(scm, "url").isBlank() && !text(scm, "connection").isBlank(),
        where + " has no <scm> with <url> and <connection>");

    int dependencies = 0;
    for (Element dependency : children(child(project, "dependencies"), "dependency")) {
      dependencies++;
      String scope = text(dependency, "scope");
      boolean optional = "true".equals(text(dependency, "optional"));
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      require(
          scope.equals("provided") || scope.equals("test") || optional,
          where
              + ": "
              + coordinates
              + " is a "
              + (scope.isEmpty() ? "compile" : scope)
              + " dependency; the plugin may only use what Error Prone provides");
    }
    System.out.println(
        "  pom: coordinates, name, description, url "
            + text(project, "url")
            + ", "
            + licenses.size()
            + " license(s), "
            + developers.size()
            + " developer(s), scm; no parent; "
            + dependencies
            + " dependencies, none compile or runtime");
  }

  private void checkPluginJar(Path jar) throws IOException {
    Set<String> names = entries(jar);
    require(
        names.contains("META-INF/services/com.google.errorprone.bugpatterns.BugChecker"),
        jar.getFileName() + " registers no BugChecker in META-INF/services");
    List<String> foreign = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.startsWith("dev/grpcboundary/")) {
        foreign.add(name);
      }
    }
    require(
        foreign.isEmpty(),
        jar.getFileName()
            + " bundles classes of other projects, e.g. "
            + foreign.stream().limit(3).toList());
    System.out.println(
        "  jar: only dev/grpcboundary classes, BugChecker services registration present");
  }

  private void checkOneTimestamp(Path file) throws IOException {
    Set<Long> times = new HashSet<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        times.add(all.nextElement().getTime());
      }
    }
    require(
        times.size() == 1,
        file.getFileName()
            + " has entries with "
            + times.size()
            + " different times: is project.build.outputTimestamp set?");
  }

  private static Set<String> entries(Path file) throws IOException {
    Set<String> names = new HashSet<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        names.add(all.nextElement().getName());
      }
    }
    return names;
  }

  private void require(boolean condition, String failure) {
    if (!condition) {
      failures.add(failure);
    }
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    if (parent == null) {
      return result;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
        result.add(element);
      }
    }
    return result;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().trim();
  }
}
