package dev.grpcboundary.tests.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.grpcboundary.tests.PluginCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The other half of "one source, both proofs": the {@code .java} file of a pattern class that a
 * runtime test runs, read from the test source tree of the module running the test and compiled on
 * its own with the built plugin (both of our checks on, as warnings), against that module's test
 * class path (so each engine's patterns compile against that engine's own jars). A bad pattern
 * marks each finding it must draw with {@code // BUG: Diagnostic contains: <text>} on the line
 * above, as in the corpus; a good pattern has no markers and must draw none of our findings.
 */
public final class PatternSource {
  /** Surefire runs in the module directory. */
  private static final Path TEST_SOURCES = Path.of("src", "test", "java");

  private static final Pattern MARKER = Pattern.compile("^\\s*// BUG: Diagnostic contains: (.*)$");

  private static final PluginCompiler COMPILER = PluginCompiler.withAllOurChecks();

  private final Class<?> pattern;
  private final List<String> lines;

  private PatternSource(Class<?> pattern, List<String> lines) {
    this.pattern = pattern;
    this.lines = lines;
  }

  /** The source file of a top-level test class of the module the test runs in. */
  public static PatternSource of(Class<?> pattern) {
    Path file =
        TEST_SOURCES
            .resolve(pattern.getPackageName().replace('.', '/'))
            .resolve(pattern.getSimpleName() + ".java");
    try {
      return new PatternSource(pattern, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("no source for " + pattern.getName() + " at " + file, e);
    }
  }

  /** The plugin reports exactly the marked findings: one per marker, on the line below it. */
  public void assertFlagged() {
    Map<Long, List<String>> expected = markers();
    if (expected.isEmpty()) {
      fail(
          pattern.getSimpleName()
              + ".java has no BUG marker: a bad pattern must say what it draws");
    }
    assertFindings(expected);
  }

  /** The plugin reports nothing of ours anywhere in the file. */
  public void assertNotFlagged() {
    Map<Long, List<String>> expected = markers();
    if (!expected.isEmpty()) {
      fail(pattern.getSimpleName() + ".java is a good pattern but has BUG markers: " + expected);
    }
    assertFindings(expected);
  }

  private void assertFindings(Map<Long, List<String>> expected) {
    Compilation compilation =
        COMPILER.compile(JavaFileObjects.forSourceLines(pattern.getName(), lines));
    if (compilation.status() != Compilation.Status.SUCCESS) {
      fail(
          pattern.getSimpleName()
              + ".java does not compile:\n"
              + PluginCompiler.describe(compilation));
    }
    Map<Long, List<String>> found = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> finding :
        PluginCompiler.ourDiagnostics(compilation)) {
      found
          .computeIfAbsent(finding.getLineNumber(), line -> new ArrayList<>())
          .add(PluginCompiler.message(finding));
    }
    List<String> problems = new ArrayList<>();
    if (!found.keySet().equals(expected.keySet())) {
      problems.add(
          "findings on lines " + found.keySet() + ", markers for lines " + expected.keySet());
    }
    expected.forEach(
        (line, texts) -> {
          List<String> messages = found.getOrDefault(line, List.of());
          if (messages.size() != texts.size()) {
            problems.add(
                "line "
                    + line
                    + ": "
                    + texts.size()
                    + " marker(s), "
                    + messages.size()
                    + " finding(s)");
          }
          for (String text : texts) {
            if (messages.stream().noneMatch(message -> message.contains(text))) {
              problems.add("line " + line + ": no finding containing: " + text);
            }
          }
        });
    assertEquals(
        pattern.getSimpleName()
            + ".java:\n  "
            + String.join("\n  ", problems)
            + "\nAll diagnostics:\n"
            + PluginCompiler.describe(compilation),
        List.of(),
        problems);
  }

  private Map<Long, List<String>> markers() {
    Map<Long, List<String>> markers = new TreeMap<>();
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (marker.matches()) {
        pending.add(marker.group(1).trim());
        continue;
      }
      if (!pending.isEmpty()) {
        markers.computeIfAbsent((long) i + 1, line -> new ArrayList<>()).addAll(pending);
        pending.clear();
      }
    }
    return markers;
  }
}
