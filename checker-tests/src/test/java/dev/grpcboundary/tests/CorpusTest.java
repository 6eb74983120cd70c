package dev.grpcboundary.tests;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every file under {@code src/test/resources/cases/} compiled on its own with the built plugin: it
 * must compile against the real client and engine jars, and our findings must equal its {@code //
 * BUG: Diagnostic contains:} markers exactly (see {@link CaseFile}).
 */
@RunWith(Parameterized.class)
public final class CorpusTest {
  @Parameters(name = "{0}")
  public static List<CaseFile> cases() {
    return CaseFile.inFolder("cases");
  }

  @Parameter public CaseFile caseFile;

  @Test
  public void findingsMatchMarkers() {
    CaseAssertions.assertMatchesMarkers(caseFile);
  }
}
