package dev.grpcboundary.tests;

import static org.junit.Assert.fail;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import dev.grpcboundary.tests.CaseFile.Expected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles a case file with the plugin and checks its findings against its markers, exactly. */
final class CaseAssertions {
  private static final PluginCompiler COMPILER = PluginCompiler.withPlugin();

  static Compilation compile(CaseFile caseFile) {
    return COMPILER.withErrorProneFlags(caseFile.flags()).compile(caseFile.source());
  }

  /**
   * The case compiles, every marker is met by its own finding on the next line containing its text,
   * and our checks report nothing else anywhere.
   */
  static void assertMatchesMarkers(CaseFile caseFile) {
    assertMatchesMarkers(caseFile, compile(caseFile));
  }

  /**
   * The same, for a compilation of {@code caseFile} made elsewhere (e.g. with other javac options).
   */
  static void assertMatchesMarkers(CaseFile caseFile, Compilation compilation) {
    if (compilation.status() != Compilation.Status.SUCCESS) {
      fail(caseFile.name() + " does not compile:\n" + PluginCompiler.describe(compilation));
    }
    ImmutableList<Diagnostic<? extends JavaFileObject>> findings =
        PluginCompiler.ourDiagnostics(compilation);

    Map<Long, List<String>> foundByLine = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> finding : findings) {
      if (finding.getKind() != Diagnostic.Kind.WARNING) {
        fail(
            caseFile.name()
                + ": expected warnings only, got "
                + PluginCompiler.describe(compilation));
      }
      foundByLine
          .computeIfAbsent(finding.getLineNumber(), l -> new ArrayList<>())
          .add(PluginCompiler.message(finding));
    }
    Map<Long, List<String>> expectedByLine = new TreeMap<>();
    for (Expected expected : caseFile.expected()) {
      expectedByLine.computeIfAbsent(expected.line(), l -> new ArrayList<>()).add(expected.text());
    }

    List<String> problems = new ArrayList<>();
    Set<Long> lines = new TreeSet<>(foundByLine.keySet());
    lines.addAll(expectedByLine.keySet());
    for (long line : lines) {
      List<String> found = foundByLine.getOrDefault(line, List.of());
      List<String> wanted = expectedByLine.getOrDefault(line, List.of());
      if (found.size() == wanted.size()
          && perfectMatching(wanted, found, 0, new boolean[found.size()])) {
        continue;
      }
      int before = problems.size();
      for (String text : wanted) {
        if (found.stream().noneMatch(message -> message.contains(text))) {
          problems.add("missing finding on line " + line + " containing: " + text);
        }
      }
      for (String message : found) {
        if (wanted.stream().noneMatch(message::contains)) {
          problems.add("unexpected finding on line " + line + ": " + firstLine(message));
        }
      }
      if (problems.size() == before || found.size() != wanted.size()) {
        problems.add(
            "line "
                + line
                + ": "
                + wanted.size()
                + " marker(s) but "
                + found.size()
                + " finding(s)");
      }
    }
    if (!problems.isEmpty()) {
      fail(
          caseFile.name()
              + ":\n  "
              + String.join("\n  ", problems)
              + "\nAll diagnostics:\n"
              + PluginCompiler.describe(compilation));
    }
  }

  /** Whether each marker text can be paired with its own finding that contains it. */
  private static boolean perfectMatching(
      List<String> wanted, List<String> found, int next, boolean[] used) {
    if (next == wanted.size()) {
      return true;
    }
    for (int i = 0; i < found.size(); i++) {
      if (!used[i] && found.get(i).contains(wanted.get(next))) {
        used[i] = true;
        if (perfectMatching(wanted, found, next + 1, used)) {
          return true;
        }
        used[i] = false;
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private CaseAssertions() {}
}
