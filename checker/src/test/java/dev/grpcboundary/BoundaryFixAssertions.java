package dev.grpcboundary;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;

/**
 * Refactoring assertions for {@link GrpcClientCrossesProcessBoundary}'s fixes: the fix turns {@code
 * input} into exactly {@code output}, and the output compiles without a finding from either check,
 * so applying the fix never trades one finding for another.
 */
final class BoundaryFixAssertions {
  private final Class<?> testClass;

  BoundaryFixAssertions(Class<?> testClass) {
    this.testClass = testClass;
  }

  void assertFix(String file, String input, String output) {
    BugCheckerRefactoringTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, testClass)
        .addInputLines(file, input)
        .addOutputLines(file, output)
        .doTest(TestMode.TEXT_MATCH);
    CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, testClass)
        .addSourceLines(file, output)
        .expectNoDiagnostics()
        .doTest();
    CompilationTestHelper.newInstance(EagerStaticGrpcClient.class, testClass)
        .addSourceLines(file, output)
        .expectNoDiagnostics()
        .doTest();
  }

  void assertNoFix(String file, String input) {
    BugCheckerRefactoringTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, testClass)
        .addInputLines(file, input)
        .expectUnchanged()
        .doTest();
  }
}
