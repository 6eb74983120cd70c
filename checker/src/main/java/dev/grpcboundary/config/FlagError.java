package dev.grpcboundary.config;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.util.Context;

/**
 * A malformed {@code -XepOpt:GrpcBoundary:*} value. Throwing from a check's constructor would crash
 * javac with a stack trace, so the checks keep the message instead, stand down, and report it as
 * one error per compilation (whichever check gets there first), which fails the build with a
 * message that names the flag and the accepted form.
 */
public final class FlagError {
  private static final Context.Key<Boolean> REPORTED = new Context.Key<>();

  private final GrpcBoundaryConfig config;
  private final String message;

  private FlagError(GrpcBoundaryConfig config, String message) {
    this.config = config;
    this.message = message;
  }

  /** Parses {@code flags}; a malformed value yields the defaults plus the error to report. */
  public static FlagError parse(ErrorProneFlags flags) {
    try {
      return new FlagError(GrpcBoundaryConfig.fromFlags(flags), null);
    } catch (IllegalArgumentException malformed) {
      return new FlagError(
          GrpcBoundaryConfig.fromFlags(ErrorProneFlags.empty()), malformed.getMessage());
    }
  }

  public GrpcBoundaryConfig config() {
    return config;
  }

  /** Whether the flags were malformed, in which case the checks must not analyze anything. */
  public boolean isPresent() {
    return message != null;
  }

  /**
   * Reports the error at {@code tree} unless it was already reported in this compilation. It is an
   * error whatever severity the user gave the check (Error Prone's RestrictedApi asks us not to
   * override it): a check demoted to a warning must not let a malformed flag pass silently.
   */
  @SuppressWarnings("RestrictedApi")
  public Description reportOnce(BugChecker check, Tree tree, VisitorState state) {
    if (state.context.get(REPORTED) != null) {
      return Description.NO_MATCH;
    }
    state.context.put(REPORTED, true);
    return check.buildDescription(tree).setMessage(message).overrideSeverity(ERROR).build();
  }
}
