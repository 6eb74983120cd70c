package dev.grpcboundary.client;

import com.google.common.collect.ImmutableListMultimap;
import java.util.Collection;

/**
 * A set of type names that also matches relocated copies ({@code
 * org.apache.beam.vendor.grpc.v1p69p0.io.grpc.Channel} for {@code io.grpc.Channel}). Asked once for
 * every type a compilation looks at, so the names are indexed by their simple name: a type can only
 * name a root whose last segment it shares, and most share none.
 */
final class TypeNames {
  private final ImmutableListMultimap<String, String> bySimpleName;

  private TypeNames(ImmutableListMultimap<String, String> bySimpleName) {
    this.bySimpleName = bySimpleName;
  }

  static TypeNames of(Collection<String> qualifiedNames) {
    return new TypeNames(
        qualifiedNames.stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    TypeNames::lastSegment, name -> name)));
  }

  boolean isEmpty() {
    return bySimpleName.isEmpty();
  }

  /** Whether {@code qualifiedName} is one of the names, or a relocated copy of one. */
  boolean matches(String qualifiedName) {
    for (String root : bySimpleName.get(lastSegment(qualifiedName))) {
      if (KnownClientTypes.namesOrRelocates(qualifiedName, root)) {
        return true;
      }
    }
    return false;
  }

  private static String lastSegment(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
