package dev.grpcboundary;

import com.google.errorprone.matchers.Description;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import java.util.function.Supplier;

/**
 * Keeps a missing class from turning into a compile error. Error Prone reports an exception thrown
 * by a check as a crash that fails the user's build; a class missing from the classpath (a
 * supertype javac cannot complete) is the user's normal situation, not our bug, so it ends the
 * analysis of that tree with no finding.
 */
final class IncompleteClasspath {
  private IncompleteClasspath() {}

  static Description orNoMatch(Supplier<Description> analysis) {
    try {
      return analysis.get();
    } catch (CompletionFailure missingClass) {
      return Description.NO_MATCH;
    }
  }
}
