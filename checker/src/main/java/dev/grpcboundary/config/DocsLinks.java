package dev.grpcboundary.config;

/** Where each check's documentation page lives, so messages can point at it. */
public final class DocsLinks {
  /** The project's documentation pages, one per check, named after the check. */
  public static final String BUG_PATTERNS = "docs/bugpatterns/";

  private DocsLinks() {}
}
