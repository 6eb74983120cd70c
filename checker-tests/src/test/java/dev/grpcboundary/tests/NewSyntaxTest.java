package dev.grpcboundary.tests;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.Assume.assumeTrue;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Newer Java syntax around shipped code (records, sealed types, switch patterns, text blocks,
 * {@code var} lambda parameters, generic methods, recursive and nested lambdas, lambdas in field
 * initializers and enum constants, classes inside lambdas): every file under {@code syntax/}
 * compiles with the plugin without a crash, and the findings equal its markers exactly, as in
 * {@link CorpusTest}.
 *
 * <p>Java 17 is the baseline. Pattern matching for switch is a preview feature there, so on 17 the
 * files are compiled with {@code --enable-preview}. Files under {@code syntax-21/} use what Java 17
 * does not have even as a preview (record patterns, {@code when} guards): they run on 21 and later,
 * and are reported as skipped (not passed) on 17. Likewise {@code syntax-25/} (compact source
 * files, unnamed variables) on 25 and later.
 */
@RunWith(Parameterized.class)
public final class NewSyntaxTest {
  private static final int JAVA = Runtime.version().feature();

  @Parameters(name = "{0}")
  public static List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (CaseFile caseFile : CaseFile.inFolder("syntax")) {
      cases.add(new Object[] {caseFile, 17});
    }
    for (CaseFile caseFile : CaseFile.inFolder("syntax-21")) {
      cases.add(new Object[] {caseFile, 21});
    }
    for (CaseFile caseFile : CaseFile.inFolder("syntax-25")) {
      cases.add(new Object[] {caseFile, 25});
    }
    return cases;
  }

  @Parameter(0)
  public CaseFile caseFile;

  @Parameter(1)
  public int minimumJava;

  @Test
  public void compilesWithoutCrashAndFindingsMatchMarkers() {
    assumeTrue(caseFile + " needs Java " + minimumJava + ", this is " + JAVA, JAVA >= minimumJava);
    PluginCompiler compiler = PluginCompiler.withPlugin().withErrorProneFlags(caseFile.flags());
    Compilation compilation =
        javac()
            .withOptions(
                ImmutableList.builder()
                    .addAll(compiler.options())
                    .addAll(languageOptions())
                    .build())
            .withAnnotationProcessorPath(compiler.processorPath())
            .withClasspath(PluginCompiler.testClassPath())
            .compile(caseFile.source());
    CaseAssertions.assertMatchesMarkers(caseFile, compilation);
  }

  /** Switch patterns are final from Java 21; on 17 they need the preview switch. */
  private static ImmutableList<String> languageOptions() {
    return JAVA >= 21
        ? ImmutableList.of()
        : ImmutableList.of("--enable-preview", "-source", String.valueOf(JAVA));
  }
}
