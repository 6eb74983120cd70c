package dev.grpcboundary.tests;

import static org.junit.Assert.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * The held-back evaluation set for accuracy work (issue 13): every file under {@code
 * src/test/resources/heldback/} is checked exactly as {@link CorpusTest} checks {@code cases/} — it
 * must compile, and our findings must equal its markers, which state what a correct checker
 * reports, not what the current one does.
 *
 * <p>Files the current checker gets wrong are named, one per line, in {@code
 * heldback/KNOWN_FAILING.txt}. Such a file must still compile and must still NOT match its markers:
 * when a checker change fixes it, this test fails until the name is removed from the list, so the
 * list only ever shrinks with real progress. Every other file must match.
 */
@RunWith(Parameterized.class)
public final class HeldBackTest {
  static final String FOLDER = "heldback";
  static final String KNOWN_FAILING = "KNOWN_FAILING.txt";

  @Parameters(name = "{0}")
  public static List<CaseFile> cases() {
    List<CaseFile> cases = CaseFile.inFolder(FOLDER);
    Set<String> names = new TreeSet<>();
    cases.forEach(c -> names.add(c.name()));
    Set<String> unknown = new TreeSet<>(knownFailing());
    unknown.removeAll(names);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          FOLDER + "/" + KNOWN_FAILING + " names files that do not exist: " + unknown);
    }
    return cases;
  }

  /** The names listed in KNOWN_FAILING.txt; blank lines and {@code #} comments are ignored. */
  static Set<String> knownFailing() {
    try {
      Set<String> names = new TreeSet<>();
      for (String line :
          Files.readAllLines(
              CaseFile.directory(FOLDER).resolve(KNOWN_FAILING), StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Parameter public CaseFile caseFile;

  @Test
  public void findingsMatchMarkersUnlessKnownFailing() {
    Compilation compilation = CaseAssertions.compile(caseFile);
    if (!knownFailing().contains(caseFile.name())) {
      CaseAssertions.assertMatchesMarkers(caseFile, compilation);
      return;
    }
    if (compilation.status() != Compilation.Status.SUCCESS) {
      fail(caseFile.name() + " does not compile:\n" + PluginCompiler.describe(compilation));
    }
    try {
      CaseAssertions.assertMatchesMarkers(caseFile, compilation);
    } catch (AssertionError expected) {
      return; // still wrong, as the list says
    }
    fail(
        caseFile.name()
            + " now matches its markers: remove it from "
            + FOLDER
            + "/"
            + KNOWN_FAILING);
  }
}
