package dev.grpcboundary.tests;

import static org.junit.Assert.fail;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every example on the bug pattern pages ({@code docs/bugpatterns/*.md}) compiled on its own with
 * the built plugin, both of our checks on as warnings.
 *
 * <p>An example is a {@code ```java} fenced block whose nearest non-blank line before the fence is
 * {@code <!-- bad: CheckName -->} or {@code <!-- good -->}. It must compile; a {@code bad: X}
 * example must draw at least one finding of {@code X} and none of our other checks; a {@code good}
 * example must draw none of our checks. Each page must also have at least one bad and one good
 * example, and no marker may be malformed or stray (not followed by a {@code ```java} fence), so a
 * typo cannot quietly turn an example into prose.
 *
 * <p>Test names are {@code <page>:<line of the fence> bad: <Check>} or {@code <page>:<line> good};
 * a finding on line {@code n} of an example is on line {@code <fence line> + n} of the page.
 */
@RunWith(Parameterized.class)
public final class DocsExamplesTest {
  /** Surefire runs in the module directory; the pages live at the repository root. */
  private static final Path DOCS = Paths.get("..", "docs", "bugpatterns");

  private static final PluginCompiler COMPILER = PluginCompiler.withAllOurChecks();

  private static final Pattern FENCE_OPEN = Pattern.compile("^\\s*```\\s*java\\s*$");
  private static final Pattern FENCE_CLOSE = Pattern.compile("^\\s*```\\s*$");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*(?:bad:\\s*(\\w+)|(good))\\s*-->\\s*$");

  /** Any comment that looks like it meant to be a marker. */
  private static final Pattern MARKER_LIKE =
      Pattern.compile("^\\s*<!--\\s*(?:bad|good)\\b.*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile(
          "^((?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*)"
              + "(?:class|enum|interface|record|@interface)\\s+(\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");

  /** One test: an example, or the completeness check of one page. */
  public interface DocsCase {
    void verify();
  }

  @Parameters(name = "{0}")
  public static List<DocsCase> cases() {
    if (!Files.isDirectory(DOCS)) {
      throw new IllegalStateException(
          "no docs folder at " + DOCS.toAbsolutePath().normalize() + " (run from checker-tests/)");
    }
    List<Path> pages;
    try (Stream<Path> files = Files.list(DOCS)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no Markdown pages in " + DOCS.toAbsolutePath().normalize());
    }
    List<DocsCase> cases = new ArrayList<>();
    int examples = 0;
    for (Path path : pages) {
      Page page = Page.read(path);
      cases.add(page);
      cases.addAll(page.examples());
      examples += page.examples().size();
    }
    if (examples == 0) {
      throw new IllegalStateException(
          "no marked ```java examples in " + DOCS.toAbsolutePath().normalize());
    }
    return cases;
  }

  @Parameter public DocsCase docsCase;

  @Test
  public void verify() {
    docsCase.verify();
  }

  /** A docs page: its examples, and whatever about its markers is wrong. */
  record Page(String name, ImmutableList<Example> examples, ImmutableList<String> markerProblems)
      implements DocsCase {

    static Page read(Path path) {
      List<String> lines;
      try {
        lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String name = path.getFileName().toString();
      ImmutableList.Builder<Example> examples = ImmutableList.builder();
      List<String> problems = new ArrayList<>();
      List<Integer> usedMarkers = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (!FENCE_OPEN.matcher(lines.get(i)).matches()) {
          continue;
        }
        int fence = i;
        int end = fence + 1;
        while (end < lines.size() && !FENCE_CLOSE.matcher(lines.get(end)).matches()) {
          end++;
        }
        if (end == lines.size()) {
          problems.add("line " + (fence + 1) + ": ```java block is never closed");
          break;
        }
        i = end;
        int before = fence - 1;
        while (before >= 0 && lines.get(before).isBlank()) {
          before--;
        }
        if (before < 0) {
          continue;
        }
        Matcher marker = MARKER.matcher(lines.get(before));
        if (!marker.matches()) {
          continue; // an unmarked snippet, not an example
        }
        usedMarkers.add(before);
        String check = marker.group(1); // null for good
        if (check != null && !PluginCompiler.OUR_CHECKS.contains(check)) {
          problems.add(
              "line "
                  + (before + 1)
                  + ": bad example of unknown check "
                  + check
                  + " (ours: "
                  + PluginCompiler.OUR_CHECKS
                  + ")");
        }
        examples.add(
            new Example(name, fence + 1, check, List.copyOf(lines.subList(fence + 1, end))));
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (MARKER.matcher(line).matches()) {
          if (!usedMarkers.contains(i)) {
            problems.add("line " + (i + 1) + ": marker not directly followed by a ```java block");
          }
        } else if (MARKER_LIKE.matcher(line).matches()) {
          problems.add(
              "line "
                  + (i + 1)
                  + ": malformed marker (want <!-- bad: Check --> or <!-- good -->): "
                  + line.trim());
        }
      }
      return new Page(name, examples.build(), ImmutableList.copyOf(problems));
    }

    @Override
    public void verify() {
      List<String> problems = new ArrayList<>(markerProblems);
      long bad = examples.stream().filter(e -> e.check() != null).count();
      long good = examples.size() - bad;
      if (bad == 0) {
        problems.add("no <!-- bad: Check --> example");
      }
      if (good == 0) {
        problems.add("no <!-- good --> example");
      }
      if (!problems.isEmpty()) {
        fail(name + " (" + bad + " bad, " + good + " good):\n  " + String.join("\n  ", problems));
      }
    }

    @Override
    public String toString() {
      return name + " has bad and good examples";
    }
  }

  /**
   * One example: {@code fenceLine} is the 1-based page line of its {@code ```java} fence, so its
   * own line {@code n} is page line {@code fenceLine + n}; {@code check} is null for a good one.
   */
  record Example(String page, int fenceLine, String check, List<String> lines) implements DocsCase {

    JavaFileObject source() {
      String pkg = null;
      String first = null;
      String firstPublic = null;
      for (String line : lines) {
        Matcher p = PACKAGE.matcher(line);
        if (pkg == null && p.find()) {
          pkg = p.group(1);
        }
        Matcher type = TOP_LEVEL_TYPE.matcher(line);
        if (type.find()) {
          if (first == null) {
            first = type.group(2);
          }
          if (firstPublic == null && type.group(1).contains("public")) {
            firstPublic = type.group(2);
          }
        }
      }
      String simpleName = firstPublic != null ? firstPublic : first;
      if (simpleName == null) {
        fail(this + ": no top-level class, enum, interface or record (unindented) in the block");
      }
      return JavaFileObjects.forSourceLines(
          pkg == null ? simpleName : pkg + "." + simpleName, lines);
    }

    @Override
    public void verify() {
      Compilation compilation = COMPILER.compile(source());
      if (compilation.status() != Compilation.Status.SUCCESS || !compilation.errors().isEmpty()) {
        fail(this + ": does not compile:\n" + describe(compilation));
      }
      ImmutableList<Diagnostic<? extends JavaFileObject>> findings =
          PluginCompiler.ourDiagnostics(compilation);
      if (check == null) {
        if (!findings.isEmpty()) {
          fail(this + ": a good example drew findings:\n" + describe(compilation));
        }
        return;
      }
      long expected = findings.stream().filter(d -> isOf(d, check)).count();
      List<Diagnostic<? extends JavaFileObject>> others =
          findings.stream().filter(d -> !isOf(d, check)).toList();
      if (expected == 0 || !others.isEmpty()) {
        fail(
            this
                + ": a bad example of "
                + check
                + " drew "
                + expected
                + " finding(s) of it and "
                + others.size()
                + " of our other checks:\n"
                + describe(compilation));
      }
    }

    private static boolean isOf(Diagnostic<?> diagnostic, String check) {
      return PluginCompiler.message(diagnostic).startsWith("[" + check + "]");
    }

    /** Every diagnostic, with the page line it is on. */
    private String describe(Compilation compilation) {
      StringBuilder out = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        out.append("  ")
            .append(d.getKind())
            .append(' ')
            .append(page)
            .append(':')
            .append(d.getLineNumber() > 0 ? fenceLine + d.getLineNumber() : d.getLineNumber())
            .append(": ")
            .append(PluginCompiler.message(d))
            .append('\n');
      }
      return out.length() == 0 ? "  (no diagnostics)\n" : out.toString();
    }

    @Override
    public String toString() {
      return page + ":" + fenceLine + (check == null ? " good" : " bad: " + check);
    }
  }
}
