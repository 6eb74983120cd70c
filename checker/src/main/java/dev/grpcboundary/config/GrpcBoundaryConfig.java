package dev.grpcboundary.config;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.ErrorProneFlags;
import dev.grpcboundary.client.KnownClientTypes;
import dev.grpcboundary.engine.MethodName;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The {@code -XepOpt:GrpcBoundary:*} flags, parsed and validated once per compilation.
 *
 * <p>Lists are comma-separated; blanks around entries and empty entries are ignored, so an empty
 * value means "none". Anything else that does not have the documented form is rejected with an
 * {@link IllegalArgumentException} naming the flag and the accepted form: a silently ignored typo
 * would switch a check off without anyone noticing.
 */
public final class GrpcBoundaryConfig {
  public static final String CLIENT_TYPES_FLAG = "GrpcBoundary:ClientTypes";
  public static final String IGNORED_TYPES_FLAG = "GrpcBoundary:IgnoredTypes";
  public static final String SERIALIZING_METHODS_FLAG = "GrpcBoundary:SerializingMethods";
  private static final ImmutableList<String> KNOWN_FLAGS =
      ImmutableList.of(CLIENT_TYPES_FLAG, IGNORED_TYPES_FLAG, SERIALIZING_METHODS_FLAG);
  private static final String NAMESPACE = "GrpcBoundary:";

  private static final String IDENTIFIER =
      "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
  private static final Pattern METHOD_REFERENCE =
      Pattern.compile(QUALIFIED_NAME.pattern() + "#" + IDENTIFIER);
  private static final Splitter COMMA = Splitter.on(',').trimResults().omitEmptyStrings();

  /**
   * The settings when no flag changes them, as in most builds: one immutable instance for every
   * compilation, so that what is derived from its names alone is worked out once.
   */
  private static final GrpcBoundaryConfig BUILT_IN =
      new GrpcBoundaryConfig(KnownClientTypes.ROOTS, ImmutableSet.of(), ImmutableList.of());

  private final ImmutableSet<String> clientTypes;
  private final ImmutableSet<String> ignoredTypes;
  private final ImmutableList<MethodName> serializingMethods;

  private GrpcBoundaryConfig(
      ImmutableSet<String> clientTypes,
      ImmutableSet<String> ignoredTypes,
      ImmutableList<MethodName> serializingMethods) {
    this.clientTypes = clientTypes;
    this.ignoredTypes = ignoredTypes;
    this.serializingMethods = serializingMethods;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GrpcBoundaryConfig that
        && clientTypes.equals(that.clientTypes)
        && ignoredTypes.equals(that.ignoredTypes)
        && serializingMethods.equals(that.serializingMethods);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(clientTypes, ignoredTypes, serializingMethods);
  }

  /**
   * Reads and validates the flags; throws {@link IllegalArgumentException} on a malformed value.
   */
  public static GrpcBoundaryConfig fromFlags(ErrorProneFlags flags) {
    rejectUnknownFlags(flags);
    ImmutableSet<String> extraClientTypes =
        qualifiedNames(flags, CLIENT_TYPES_FLAG, "com.example.FooClient,com.example.BarStub");
    ImmutableSet<String> ignored =
        qualifiedNames(flags, IGNORED_TYPES_FLAG, "com.example.LocalOnlyClient");
    ImmutableList<MethodName> methods =
        entries(flags, SERIALIZING_METHODS_FLAG).stream()
            .map(entry -> methodName(entry))
            .collect(ImmutableList.toImmutableList());
    if (extraClientTypes.isEmpty() && ignored.isEmpty() && methods.isEmpty()) {
      return BUILT_IN;
    }
    return new GrpcBoundaryConfig(
        ImmutableSet.<String>builder()
            .addAll(KnownClientTypes.ROOTS)
            .addAll(extraClientTypes)
            .build(),
        ignored,
        methods);
  }

  /** The settings without flags. */
  public static GrpcBoundaryConfig builtIn() {
    return BUILT_IN;
  }

  /** Every type that counts as a client: the built-in roots plus {@code ClientTypes}. */
  public ImmutableSet<String> clientTypes() {
    return clientTypes;
  }

  /** Types (and their subtypes) that never count as clients, from {@code IgnoredTypes}. */
  public ImmutableSet<String> ignoredTypes() {
    return ignoredTypes;
  }

  /** Extra methods whose arguments are serialized, from {@code SerializingMethods}. */
  public ImmutableList<MethodName> serializingMethods() {
    return serializingMethods;
  }

  /**
   * The {@code GrpcBoundary:} namespace is ours alone, so a name in it that we do not read is a
   * typo (e.g. {@code ClientType}, {@code clientTypes}) that would otherwise switch a setting off
   * without a word. Error Prone itself ignores flags no check reads.
   */
  private static void rejectUnknownFlags(ErrorProneFlags flags) {
    for (String name : flags.getFlagsMap().keySet()) {
      if (name.startsWith(NAMESPACE) && !KNOWN_FLAGS.contains(name)) {
        throw new IllegalArgumentException(
            String.format(
                "Unknown flag -XepOpt:%s. The flags are -XepOpt:%s (names are case-sensitive)",
                name, String.join(", -XepOpt:", KNOWN_FLAGS)));
      }
    }
  }

  private static ImmutableSet<String> qualifiedNames(
      ErrorProneFlags flags, String flag, String example) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (String entry : entries(flags, flag)) {
      if (!isQualifiedName(entry)) {
        throw malformed(
            flag, entry, "a comma-separated list of fully qualified type names", example);
      }
      names.add(entry);
    }
    return names.build();
  }

  private static MethodName methodName(String entry) {
    int hash = entry.indexOf('#');
    if (!METHOD_REFERENCE.matcher(entry).matches()
        || !isQualifiedName(entry.substring(0, hash))
        || !SourceVersion.isName(entry.substring(hash + 1))) {
      throw malformed(
          SERIALIZING_METHODS_FLAG,
          entry,
          "a comma-separated list of Type#method entries with fully qualified type names",
          "com.example.Cluster#submit,com.example.Cache#put");
    }
    return new MethodName(entry.substring(0, hash), entry.substring(hash + 1));
  }

  /**
   * A name javac could give a type: dotted identifiers, none a keyword. Error Prone reads a flag
   * given without a value as {@code true}, which this rejects too.
   */
  private static boolean isQualifiedName(String entry) {
    return QUALIFIED_NAME.matcher(entry).matches() && SourceVersion.isName(entry);
  }

  private static ImmutableList<String> entries(ErrorProneFlags flags, String flag) {
    return flags
        .get(flag)
        .map(COMMA::splitToList)
        .map(ImmutableList::copyOf)
        .orElse(ImmutableList.of());
  }

  private static IllegalArgumentException malformed(
      String flag, String entry, String acceptedForm, String example) {
    return new IllegalArgumentException(
        String.format(
            "Invalid value for -XepOpt:%s: '%s' is malformed. Expected %s, for example"
                + " -XepOpt:%s=%s",
            flag, entry, acceptedForm, flag, example));
  }
}
