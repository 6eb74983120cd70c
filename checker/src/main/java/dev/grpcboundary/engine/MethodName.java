package dev.grpcboundary.engine;

/**
 * A method named by the fully qualified name of the type that declares it and its simple name.
 * Every overload matches, and so does every override in a subtype.
 */
public record MethodName(String ownerType, String methodName) {
  /** Parses {@code "com.example.Type#method"}. */
  public static MethodName of(String ownerAndMethod) {
    int hash = ownerAndMethod.indexOf('#');
    return new MethodName(ownerAndMethod.substring(0, hash), ownerAndMethod.substring(hash + 1));
  }
}
