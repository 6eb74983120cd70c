package dev.grpcboundary.config;

/**
 * Where grpc-boundary's documentation lives, so that every finding can point at its check's page.
 * {@code PublishedPomTest} keeps {@link #PROJECT_URL} equal to the published POM's {@code <url>}.
 */
public final class Documentation {
  /** The project's home, as the POM's {@code <url>} gives it. */
  public static final String PROJECT_URL = "https://github.com/grpc-boundary/grpc-boundary";

  /** The bug pattern pages, one per check, each named after its check. */
  public static final String BUG_PATTERNS = PROJECT_URL + "/blob/main/docs/bugpatterns/";

  private Documentation() {}
}
