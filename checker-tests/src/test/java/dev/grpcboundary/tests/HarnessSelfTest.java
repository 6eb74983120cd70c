package dev.grpcboundary.tests;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The corpus assertions fail when they should: markers are checked exactly, both ways. */
@RunWith(JUnit4.class)
public final class HarnessSelfTest {
  private static final String CAPTURE = "    return lines.map(line -> line + channel.authority());";
  private static final String MESSAGE =
      "`channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `Function`)";

  private static List<String> job(String... body) {
    return ImmutableList.<String>builder()
        .add("import io.grpc.ManagedChannel;")
        .add("import org.apache.spark.api.java.JavaRDD;")
        .add("public class Job {")
        .add("  JavaRDD<String> run(JavaRDD<String> lines, ManagedChannel channel) {")
        .add(body)
        .add("  }")
        .add("}")
        .build();
  }

  private static CaseFile parse(List<String> lines) {
    return CaseFile.parse("Job.java", lines);
  }

  /** The assertion error that checking a job with this method body raises. */
  private static AssertionError failureOf(String... body) {
    return assertThrows(
        AssertionError.class, () -> CaseAssertions.assertMatchesMarkers(parse(job(body))));
  }

  @Test
  public void aMatchingMarkerPasses() {
    CaseAssertions.assertMatchesMarkers(
        parse(job("    // BUG: Diagnostic contains: " + MESSAGE, CAPTURE)));
  }

  @Test
  public void aFindingWithoutMarkerFails() {
    AssertionError error = failureOf(CAPTURE);
    assertThat(error).hasMessageThat().contains("unexpected finding on line 5");
  }

  @Test
  public void aMarkerWithOtherTextFails() {
    AssertionError error = failureOf("    // BUG: Diagnostic contains: captured by Beam", CAPTURE);
    assertThat(error)
        .hasMessageThat()
        .contains("missing finding on line 6 containing: captured by Beam");
  }

  @Test
  public void aMarkerOnACleanLineFails() {
    AssertionError error =
        failureOf(
            "    // BUG: Diagnostic contains: " + MESSAGE, "    String unused = \"\";", CAPTURE);
    assertThat(error).hasMessageThat().contains("missing finding on line 6");
    assertThat(error).hasMessageThat().contains("unexpected finding on line 7");
  }

  @Test
  public void twoMarkersNeedTwoFindings() {
    AssertionError error =
        failureOf(
            "    // BUG: Diagnostic contains: " + MESSAGE,
            "    // BUG: Diagnostic contains: a gRPC client",
            CAPTURE);
    assertThat(error).hasMessageThat().contains("line 7: 2 marker(s) but 1 finding(s)");
  }

  @Test
  public void aCaseThatDoesNotCompileFails() {
    AssertionError error = failureOf("    return lines.nope();");
    assertThat(error).hasMessageThat().contains("does not compile");
  }

  @Test
  public void flagsLinesAreParsed() {
    CaseFile caseFile =
        CaseFile.parse(
            "A.java",
            List.of(
                "// Flags: -XepOpt:GrpcBoundary:ClientTypes=a.B -XepOpt:GrpcBoundary:IgnoredTypes=c.D",
                "class A {}"));
    assertThat(caseFile.flags())
        .containsExactly(
            "-XepOpt:GrpcBoundary:ClientTypes=a.B", "-XepOpt:GrpcBoundary:IgnoredTypes=c.D")
        .inOrder();
  }
}
