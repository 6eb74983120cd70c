package dev.grpcboundary;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Findings held back until one last, costly question is answered: whether the code that crosses a
 * boundary sits in a helper method that only receiving-side code calls. That question scans the
 * files that can call the helper, so it is asked only of the few boundaries that capture a client.
 */
final class PendingFindings implements Consumer<Description> {
  private final List<Description> descriptions = new ArrayList<>();

  @Override
  public void accept(Description description) {
    descriptions.add(description);
  }

  /** Reports what was held back, unless {@code runsOnReceivingSide} says it runs there. */
  void reportUnless(BooleanSupplier runsOnReceivingSide, VisitorState state) {
    if (!descriptions.isEmpty() && !runsOnReceivingSide.getAsBoolean()) {
      descriptions.forEach(state::reportMatch);
    }
  }
}
