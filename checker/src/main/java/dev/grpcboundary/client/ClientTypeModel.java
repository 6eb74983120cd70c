package dev.grpcboundary.client;

import static com.google.errorprone.util.Signatures.prettyType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Scope;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symbol.TypeSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.ArrayType;
import com.sun.tools.javac.code.Type.IntersectionClassType;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import com.sun.tools.javac.util.Names;
import dev.grpcboundary.boundary.Owners;
import dev.grpcboundary.boundary.SerializedForm;
import dev.grpcboundary.boundary.SupertypeFold;
import dev.grpcboundary.config.GrpcBoundaryConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether a type is, or holds, a gRPC-backed client.
 *
 * <p>One instance lives in each compilation's javac {@link Context}, so its caches are shared by
 * both checks and every file of a compilation, and die with it: Gradle daemons and Bazel workers
 * reuse our class loader, and a static cache would leak symbols from one compilation into the next.
 *
 * <p>Symbols that fail to complete (a class missing from the classpath) are treated as "not a
 * client": an incomplete classpath must never turn into a crash in the user's build.
 */
public final class ClientTypeModel {
  private static final Context.Key<Models> KEY = new Context.Key<>();

  /**
   * How many instance fields deep a client may sit in an object that holds it: a value holds a
   * client when a client is reachable from it through at most this many non-static, non-transient
   * fields (container elements do not count as steps). {@code class E { ManagedChannel ch; }} is
   * one field deep, so an object three classes further out still holds one, and a fourth does not.
   * The answer for a type depends on the type alone, never on what was asked before.
   */
  public static final int MAX_FIELD_DEPTH = 3;

  /** How many containers deep we look for a client: {@code List<Map<K, Client>>} is two. */
  private static final int MAX_CONTAINER_NESTING = 8;

  /** Containers whose elements we look into, with the type arguments that are the elements. */
  private static final ImmutableMap<String, ImmutableList<Integer>> CONTAINER_ELEMENTS =
      ImmutableMap.<String, ImmutableList<Integer>>builder()
          .put("java.lang.Iterable", ImmutableList.of(0))
          .put("java.util.Map", ImmutableList.of(0, 1))
          .put("java.util.Optional", ImmutableList.of(0))
          .put("java.util.concurrent.atomic.AtomicReference", ImmutableList.of(0))
          .put("java.util.concurrent.atomic.AtomicReferenceArray", ImmutableList.of(0))
          .put("com.google.common.base.Optional", ImmutableList.of(0))
          .put("com.google.common.collect.Multimap", ImmutableList.of(0, 1))
          .put("com.google.common.collect.Table", ImmutableList.of(0, 1, 2))
          .buildOrThrow();

  /**
   * Packages whose classes never keep a client in a typed field, so their fields are not looked
   * into (their containers still are). Looking into a class means reading it and every class its
   * fields name from the class path, the main cost of this model on real code.
   */
  private static final ImmutableList<String> OPAQUE_PACKAGES =
      ImmutableList.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "scala.", "kotlin.");

  /** The same for libraries, which are also vendored under other packages (Beam's Guava). */
  private static final ImmutableList<String> OPAQUE_LIBRARIES =
      ImmutableList.of(
          "com.google.common.",
          "com.google.protobuf.",
          "com.google.gson.",
          "com.fasterxml.jackson.",
          "org.joda.time.",
          "org.slf4j.",
          "org.apache.avro.",
          // The Google HTTP and API client libraries (REST, not gRPC), the REST services and JSON
          // models generated for them, and Google's credentials.
          "com.google.api.client.",
          "com.google.api.services.",
          "com.google.auth.");

  /** {@link #OPAQUE_LIBRARIES} vendored under another package: {@code .com.google.common.}. */
  private static final ImmutableList<String> RELOCATED_OPAQUE_LIBRARIES =
      OPAQUE_LIBRARIES.stream()
          .map(prefix -> "." + prefix)
          .collect(ImmutableList.toImmutableList());

  /**
   * Data types, wherever their subclasses live: generated protobuf messages and builders, and the
   * Google API client's JSON models (BigQuery's {@code TableRow}, ...). Their fields are data.
   */
  private static final ImmutableList<String> OPAQUE_SUPERTYPES =
      ImmutableList.of(
          "com.google.protobuf.MessageLiteOrBuilder", "com.google.api.client.util.GenericData");

  private static final TypeNames OPAQUE_SUPERTYPE_NAMES = TypeNames.of(OPAQUE_SUPERTYPES);

  /**
   * Sized for the few hundred types a large compilation looks at (about 550 on Beam's Google Cloud
   * IOs): growing from the default size rehashes them six times.
   */
  private static final int TYPES_LOOKED_AT = 1024;

  private final GrpcBoundaryConfig config;
  private final Types types;
  private final JavacTrees trees;

  private final Map<TypeSymbol, SymbolFacts> facts = new HashMap<>(TYPES_LOOKED_AT);

  /**
   * What each supertype's name says, decided once: most classes share most of their supertypes
   * ({@code Object}, {@code Serializable}, ...), and matching a name against every root is the
   * costly part of {@link #computeFacts}.
   */
  private final Map<TypeSymbol, NameFacts> nameFacts = new HashMap<>(TYPES_LOOKED_AT);

  /** What the names of each class and all its supertypes say, each class looked at once. */
  private final SupertypeFold<Lineage> lineages;

  /** Per class, the answer for each depth it was asked at: the depth is part of the question. */
  private final Map<TypeSymbol, Optional<ClientEvidence>[]> heldByFields = new HashMap<>();

  /** How many {@link #noTypeArgumentHoldsClient} calls are under way, one inside the other. */
  private int typeArgumentsInProgress;

  /** The containers whose elements are being looked into right now, outermost first. */
  private final List<Type> containersInProgress = new ArrayList<>();

  private final Map<ClassSymbol, Boolean> writesFields = new HashMap<>();

  private final Map<ClassSymbol, Boolean> instanceReachesClient = new HashMap<>();

  /** Per class, its own serialized instance fields: non-static and non-transient. */
  private final Map<TypeSymbol, List<VarSymbol>> serializedFields = new HashMap<>();

  /**
   * Per class, whether a serialized field of it or a superclass is declared with a type variable.
   */
  private final Map<TypeSymbol, Boolean> fieldsUseTypeVariables = new HashMap<>();

  /**
   * Whether no client root is configured inside an opaque package or library, so that no class
   * there is a client: true unless a user names, say, a Guava type as a client.
   */
  private final boolean opaqueClassesAreNoClients;

  /** The configured client and ignored types, each type's name matched against them once. */
  private final TypeNames clientRoots;

  private final TypeNames ignoredRoots;

  /**
   * What a config's names give before any compilation is looked at. Strings only, so the built-in
   * config's (every build without flags) is worked out once per class loader, like the catalog,
   * instead of in every compilation.
   */
  private static final class ConfiguredNames {
    private static final ConfiguredNames BUILT_IN =
        new ConfiguredNames(GrpcBoundaryConfig.builtIn());

    final TypeNames clientRoots;
    final TypeNames ignoredRoots;
    final boolean opaqueClassesAreNoClients;

    /** The simple names of the client, ignored, data and container types, each once. */
    final ImmutableSet<String> simpleNamesOfInterest;

    private ConfiguredNames(GrpcBoundaryConfig config) {
      this.clientRoots = TypeNames.of(config.clientTypes());
      this.ignoredRoots = TypeNames.of(config.ignoredTypes());
      this.opaqueClassesAreNoClients =
          config.clientTypes().stream().noneMatch(ClientTypeModel::isOpaque);
      this.simpleNamesOfInterest =
          Stream.of(
                  config.clientTypes(),
                  config.ignoredTypes(),
                  OPAQUE_SUPERTYPES,
                  CONTAINER_ELEMENTS.keySet())
              .flatMap(Collection::stream)
              .map(name -> name.substring(name.lastIndexOf('.') + 1))
              .collect(ImmutableSet.toImmutableSet());
    }

    static ConfiguredNames of(GrpcBoundaryConfig config) {
      return config == GrpcBoundaryConfig.builtIn() ? BUILT_IN : new ConfiguredNames(config);
    }
  }

  /**
   * The simple names, in this compilation's name table, of the client, ignored, data and container
   * types: a type with another simple name is none of them, and only its package is looked at.
   */
  private final Set<Name> simpleNamesOfInterest = new HashSet<>();

  /** Per package, whether it is opaque: decided once, not for each of its types. */
  private final Map<PackageSymbol, Boolean> opaquePackages = new HashMap<>();

  private ClientTypeModel(GrpcBoundaryConfig config, Types types, JavacTrees trees, Names names) {
    this.config = config;
    this.types = types;
    this.lineages =
        new SupertypeFold<>(types, this::ownLineage, Lineage::union, found -> Lineage.INCOMPLETE);
    this.trees = trees;
    ConfiguredNames configured = ConfiguredNames.of(config);
    // Names are per compilation: each has its own name table.
    for (String simpleName : configured.simpleNamesOfInterest) {
      simpleNamesOfInterest.add(names.fromString(simpleName));
    }
    this.clientRoots = configured.clientRoots;
    this.ignoredRoots = configured.ignoredRoots;
    this.opaqueClassesAreNoClients = configured.opaqueClassesAreNoClients;
  }

  /** The model of the current compilation for {@code config}. */
  public static ClientTypeModel instance(VisitorState state, GrpcBoundaryConfig config) {
    Context context = state.context;
    Models models = context.get(KEY);
    if (models == null) {
      models = new Models();
      context.put(KEY, models);
    }
    // Called for every tree a check looks at: the identity lookup spares comparing the configs.
    ClientTypeModel model = models.byIdentity.get(config);
    if (model == null) {
      model =
          models.byValue.computeIfAbsent(
              config,
              c ->
                  new ClientTypeModel(
                      c, state.getTypes(), JavacTrees.instance(context), state.getNames()));
      models.byIdentity.put(config, model);
    }
    return model;
  }

  /**
   * The models of one compilation. Each check parses its own (equal) config, and equal configs
   * share one model, so both checks decide each type once.
   */
  private static final class Models {
    final Map<GrpcBoundaryConfig, ClientTypeModel> byValue = new HashMap<>(2);
    final Map<GrpcBoundaryConfig, ClientTypeModel> byIdentity = new IdentityHashMap<>(2);
  }

  /**
   * Why a value of static type {@code type} is or holds a gRPC client, or empty when it neither is
   * nor holds one as far as its declared types show.
   */
  public Optional<ClientEvidence> evidence(Type type) {
    return evidence(type, 0);
  }

  /** Whether {@code type} is itself a client (not merely something that holds one). */
  public boolean isClient(Type type) {
    if (type == null) {
      return false;
    }
    // A class type's erasure has its symbol: asked of every call in every static initializer, so
    // no erased copy of a generic type is made.
    TypeSymbol symbol = type.hasTag(TypeTag.CLASS) ? type.tsym : types.erasure(type).tsym;
    return !isOpaqueNoClient(symbol) && facts(symbol).client();
  }

  /**
   * Whether {@code symbol} is a class of an opaque package or library, known from its name alone to
   * be no client: its class need not be read from the class path (Guava's {@code ImmutableList} and
   * SLF4J's {@code Logger} are read otherwise, with their supertypes).
   */
  private boolean isOpaqueNoClient(TypeSymbol symbol) {
    return opaqueClassesAreNoClients && symbol instanceof ClassSymbol && nameFacts(symbol).opaque();
  }

  /**
   * Whether none of the type arguments of {@code type} holds a client. Unknown (false) for an
   * argument that still names a type variable: {@code T extends Comparable<T>} never ends.
   */
  private boolean noTypeArgumentHoldsClient(Type type, int depth) {
    // Bounds can lead back to where they started in ways no test sees coming; past the cap the
    // answer is unknown, and the class is read instead, where the element types' own guard applies.
    if (typeArgumentsInProgress >= MAX_CONTAINER_NESTING) {
      return false;
    }
    typeArgumentsInProgress++;
    try {
      for (Type argument : type.getTypeArguments()) {
        Type bound = upperBound(argument);
        if (mentionsTypeVariable(bound, 0) || evidence(bound, depth).isPresent()) {
          return false;
        }
      }
      return true;
    } finally {
      typeArgumentsInProgress--;
    }
  }

  /**
   * The client type as a reader would write it, with simple names. An anonymous class has no name
   * (prettyType gives ""), so it is named by what it extends: "anonymous Object".
   */
  public static String displayName(Type type) {
    if (type != null && type.tsym instanceof ClassSymbol cls && cls.isAnonymous()) {
      return "anonymous " + prettyType(namedSupertype(cls));
    }
    return prettyType(type);
  }

  /** What an anonymous class is named by: the interface it implements, or else its superclass. */
  public static Type namedSupertype(ClassSymbol anonymous) {
    return anonymous.getInterfaces().isEmpty()
        ? anonymous.getSuperclass()
        : anonymous.getInterfaces().get(0);
  }

  private Optional<ClientEvidence> evidence(Type type, int depth) {
    if (type == null) {
      return Optional.empty();
    }
    try {
      return evidenceOrThrow(type, depth);
    } catch (CompletionFailure missingClass) {
      return Optional.empty();
    }
  }

  private Optional<ClientEvidence> evidenceOrThrow(Type type, int depth) {
    Type upper = upperBound(type);
    if (upper instanceof ArrayType array) {
      return evidence(array.elemtype, depth).map(e -> e.through(new ClientEvidence.Element()));
    }
    if (upper instanceof IntersectionClassType intersection) {
      for (Type component : intersection.getComponents()) {
        Optional<ClientEvidence> found = evidence(component, depth);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!upper.hasTag(TypeTag.CLASS) || isKnownEnum(upper.tsym)) {
      return Optional.empty();
    }
    // An opaque class is no client and is not looked into, so it holds a client only as a
    // container, through its type arguments. When none holds one, the answer is known without
    // reading the class and its supertypes. (The libraries' own classes never declare an element
    // type from gRPC: `class Foo<K> implements Map<K, ManagedChannel>` is not in Guava or the JDK.)
    if (isOpaqueNoClient(upper.tsym) && noTypeArgumentHoldsClient(upper, depth)) {
      return Optional.empty();
    }
    SymbolFacts symbolFacts = facts(upper.tsym);
    // Read now, so its flags are known.
    if (symbolFacts.ignored() || isKnownEnum(upper.tsym)) {
      return Optional.empty();
    }
    if (symbolFacts.client()) {
      return Optional.of(ClientEvidence.direct(displayName(types.erasure(upper))));
    }
    // A type can be its own element (Path and Jackson's JsonNode are Iterable of themselves;
    // `T extends Node<T>` likewise): looking into it again finds nothing new, and never ends.
    // The cap stops types that grow as they nest (Node<T> iterating over Node<Node<T>>).
    if (containersInProgress.size() < MAX_CONTAINER_NESTING && !isContainerInProgress(upper)) {
      containersInProgress.add(upper);
      try {
        for (Type element : elementTypes(upper, symbolFacts)) {
          Optional<ClientEvidence> found = evidence(element, depth);
          if (found.isPresent()) {
            return found.map(e -> e.through(new ClientEvidence.Element()));
          }
        }
      } finally {
        containersInProgress.remove(containersInProgress.size() - 1);
      }
    }
    if (depth >= MAX_FIELD_DEPTH
        || symbolFacts.opaque()
        || !(upper.tsym instanceof ClassSymbol cls)) {
      return Optional.empty();
    }
    // Type arguments change the answer only through fields declared with a type variable:
    // `ValueProvider<String>` and `Coder<Row>` are answered once, like their classes.
    Optional<ClientEvidence> held =
        upper.getTypeArguments().isEmpty() || !fieldsUseTypeVariables(upper)
            ? heldByFieldsCached(upper, depth)
            : heldByFields(upper, depth);
    // Whether serialization writes the fields is asked last: most classes hold no client, and the
    // question looks up members of the class and its superclasses.
    return held.isPresent() && writesFields(cls) ? held : Optional.empty();
  }

  /**
   * {@link #heldByFields} for a type whose type arguments cannot change the answer (it has none, or
   * no serialized field is declared with a type variable), cached by class and depth. Every step
   * goes one field deeper, so recursive data structures (a node holding a node, classes holding
   * each other) end at {@link #MAX_FIELD_DEPTH} without any "in progress" guess that could leak
   * into a later answer.
   */
  @SuppressWarnings("unchecked") // A generic array of Optionals, filled only by this method.
  private Optional<ClientEvidence> heldByFieldsCached(Type type, int depth) {
    Optional<ClientEvidence>[] byDepth =
        heldByFields.computeIfAbsent(type.tsym, s -> new Optional[MAX_FIELD_DEPTH]);
    if (byDepth[depth] == null) {
      byDepth[depth] = heldByFields(type, depth);
    }
    return byDepth[depth];
  }

  /**
   * Instance fields that are serialized with the object: non-static and non-transient. A field that
   * is itself a client (or a container of clients) is preferred over one that leads to a client
   * further in, so the route a finding shows is the short one when there is one.
   */
  private Optional<ClientEvidence> heldByFields(Type type, int depth) {
    Optional<ClientEvidence> direct = fieldsAt(type, MAX_FIELD_DEPTH);
    return direct.isPresent() || depth + 1 >= MAX_FIELD_DEPTH ? direct : fieldsAt(type, depth + 1);
  }

  /**
   * The first field of {@code type} whose value, looked at {@code fieldDepth} deep, holds a client.
   */
  private Optional<ClientEvidence> fieldsAt(Type type, int fieldDepth) {
    for (Type current = type;
        current != null && current.hasTag(TypeTag.CLASS) && !facts(current.tsym).opaque();
        current = types.supertype(current)) {
      for (VarSymbol field : serializedFields(current.tsym)) {
        Optional<ClientEvidence> found = evidence(fieldType(type, field), fieldDepth);
        if (found.isPresent()) {
          return found.map(
              e -> e.through(new ClientEvidence.Field(field.getSimpleName().toString())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The type of {@code field} as a member of {@code type}. Only a field of a generic class has a
   * type that depends on {@code type}'s arguments; javac would answer for the others by the same
   * declared type, after a search for the field's class among {@code type}'s supertypes.
   */
  private Type fieldType(Type type, VarSymbol field) {
    return field.owner.type.isParameterized() ? types.memberType(type, field) : field.type;
  }

  private List<VarSymbol> serializedFields(TypeSymbol cls) {
    List<VarSymbol> fields = serializedFields.get(cls);
    if (fields == null) {
      fields = new ArrayList<>();
      // The scope, not getEnclosedElements(): that completes every nested class too, reading
      // each from the class path. The scope lists members last declared first.
      for (Symbol member : cls.members().getSymbols(Scope.LookupKind.NON_RECURSIVE)) {
        if (member instanceof VarSymbol field
            && (field.flags() & (Flags.STATIC | Flags.TRANSIENT | Flags.SYNTHETIC)) == 0) {
          fields.add(field);
        }
      }
      Collections.reverse(fields);
      serializedFields.put(cls, fields);
    }
    return fields;
  }

  private boolean fieldsUseTypeVariables(Type type) {
    Boolean cached = fieldsUseTypeVariables.get(type.tsym);
    if (cached == null) {
      cached = false;
      for (Type current = type;
          !cached && current != null && current.hasTag(TypeTag.CLASS);
          current = types.supertype(current)) {
        for (VarSymbol field : serializedFields(current.tsym)) {
          cached |= mentionsTypeVariable(field.type, 0);
        }
      }
      fieldsUseTypeVariables.put(type.tsym, cached);
    }
    return cached;
  }

  /** Whether {@code type} names a type variable anywhere; deep nesting counts as yes. */
  private static boolean mentionsTypeVariable(Type type, int nesting) {
    if (type == null || nesting > MAX_CONTAINER_NESTING) {
      return type != null;
    }
    if (type.hasTag(TypeTag.TYPEVAR)) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return mentionsTypeVariable(array.elemtype, nesting + 1);
    }
    if (type instanceof Type.WildcardType wildcard) {
      return mentionsTypeVariable(wildcard.type, nesting + 1);
    }
    // `T extends Object & Comparable<T>`: the bound is an intersection, whose components say.
    if (type instanceof IntersectionClassType intersection) {
      for (Type component : intersection.getComponents()) {
        if (mentionsTypeVariable(component, nesting + 1)) {
          return true;
        }
      }
      return false;
    }
    if (type.hasTag(TypeTag.CLASS)) {
      for (Type argument : type.getTypeArguments()) {
        if (mentionsTypeVariable(argument, nesting + 1)) {
          return true;
        }
      }
      Type enclosing = type.getEnclosingType();
      return enclosing != null
          && enclosing.hasTag(TypeTag.CLASS)
          && mentionsTypeVariable(enclosing, nesting + 1);
    }
    return false;
  }

  private boolean isContainerInProgress(Type type) {
    for (Type container : containersInProgress) {
      if (types.isSameType(container, type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether code inside {@code cls} can reach a client through a {@code cls} instance: the class
   * holds one, or has an instance field, declared or inherited and not transient, that is or holds
   * one (each looked at as deep as a value of its declared type). When not, an inner class of
   * {@code cls} takes no client along with its enclosing instance, whatever it does with it.
   */
  public boolean instanceReachesClient(ClassSymbol cls) {
    Boolean cached = instanceReachesClient.get(cls);
    if (cached == null) {
      cached = evidence(cls.type).isPresent() || anyFieldHoldsClient(cls);
      instanceReachesClient.put(cls, cached);
    }
    return cached;
  }

  private boolean anyFieldHoldsClient(ClassSymbol cls) {
    try {
      for (Type current = cls.type;
          current != null && current.hasTag(TypeTag.CLASS);
          current = types.supertype(current)) {
        for (VarSymbol field : serializedFields(current.tsym)) {
          if (evidence(field.type).isPresent()) {
            return true;
          }
        }
      }
    } catch (CompletionFailure missingClass) {
      return true; // Unknown: the caller looks closer.
    }
    return false;
  }

  /** {@link SerializedForm#writesFields}, decided once per class: it reads every member. */
  public boolean writesFields(ClassSymbol cls) {
    Boolean cached = writesFields.get(cls);
    if (cached == null) {
      cached = SerializedForm.writesFields(cls, types, trees);
      writesFields.put(cls, cached);
    }
    return cached;
  }

  private List<Type> elementTypes(Type type, SymbolFacts symbolFacts) {
    List<Type> elements = new ArrayList<>();
    for (Map.Entry<TypeSymbol, ImmutableList<Integer>> container :
        symbolFacts.containers().entrySet()) {
      Type asContainer = types.asSuper(type, container.getKey());
      if (asContainer == null) {
        continue;
      }
      List<Type> arguments = asContainer.getTypeArguments();
      for (int index : container.getValue()) {
        if (index < arguments.size()) {
          elements.add(arguments.get(index));
        }
      }
    }
    return elements;
  }

  private Type upperBound(Type type) {
    Type current = type;
    // Wildcards and type variables stand for their bounds; a few rounds cover nested bounds.
    for (int i = 0;
        i < 4 && (current.hasTag(TypeTag.WILDCARD) || current.hasTag(TypeTag.TYPEVAR));
        i++) {
      current =
          current.hasTag(TypeTag.WILDCARD)
              ? types.wildUpperBound(current)
              : current.getUpperBound();
      if (current == null) {
        return type;
      }
    }
    return current;
  }

  /**
   * Whether javac knows {@code symbol} to be an enum, without reading its class: an enum declared
   * in another class is known from that class's file. Enum constants are serialized by name, and
   * each JVM has its own, fields and all: an enum never takes a client across.
   */
  private static boolean isKnownEnum(TypeSymbol symbol) {
    return (symbol.flags_field & Flags.ENUM) != 0;
  }

  private SymbolFacts facts(TypeSymbol symbol) {
    SymbolFacts cached = facts.get(symbol);
    if (cached == null) {
      cached = computeFacts(symbol);
      facts.put(symbol, cached);
    }
    return cached;
  }

  /** Its own name, its outer class and its lineage decide client-ness, ignoring and containers. */
  private SymbolFacts computeFacts(TypeSymbol symbol) {
    if (!(symbol instanceof ClassSymbol)) {
      return SymbolFacts.NONE;
    }
    NameFacts ownName = nameFacts(symbol);
    // A client type by its own name is a client whatever it extends, unless a supertype is ignored:
    // with no type ignored, its class need not be read.
    if (ownName.client() && ignoredRoots.isEmpty()) {
      return SymbolFacts.CLIENT;
    }
    boolean opaque = ownName.opaque();
    // The classes declared in a protobuf message or JSON model (its nested messages, builders and
    // enums) are generated data too; their own files need not be read to learn it.
    if (!opaque && symbol.owner instanceof ClassSymbol outer && facts(outer).opaque()) {
      return SymbolFacts.OPAQUE;
    }
    Lineage lineage = lineages.of(symbol);
    if (!lineage.complete()) {
      return opaque ? SymbolFacts.OPAQUE : SymbolFacts.NONE;
    }
    return new SymbolFacts(
        lineage.client() && !lineage.ignored(),
        lineage.ignored(),
        opaque || lineage.opaqueSupertype(),
        lineage.containers());
  }

  /** What the name of {@code symbol} alone says of its subtypes. */
  private Lineage ownLineage(TypeSymbol symbol) {
    NameFacts named = nameFacts(symbol);
    if (!named.client()
        && !named.ignored()
        && !named.opaqueSupertype()
        && named.containerElements().isEmpty()) {
      return Lineage.NONE;
    }
    return new Lineage(
        /* complete= */ true,
        named.client(),
        named.ignored(),
        named.opaqueSupertype(),
        named.containerElements().isEmpty()
            ? ImmutableMap.of()
            : ImmutableMap.of(symbol, named.containerElements()));
  }

  /**
   * Asked of every type and supertype a compilation looks at, so a name is decoded only when its
   * simple name is of interest, and opaqueness is decided per package.
   */
  private NameFacts nameFacts(TypeSymbol symbol) {
    NameFacts cached = nameFacts.get(symbol);
    if (cached == null) {
      boolean opaque = isInOpaquePackage(symbol);
      if (simpleNamesOfInterest.contains(symbol.getSimpleName())) {
        String name = symbol.getQualifiedName().toString();
        cached =
            new NameFacts(
                clientRoots.matches(name),
                ignoredRoots.matches(name),
                opaque,
                OPAQUE_SUPERTYPE_NAMES.matches(name),
                CONTAINER_ELEMENTS.getOrDefault(name, ImmutableList.of()));
      } else {
        cached = new NameFacts(false, false, opaque, false, ImmutableList.of());
      }
      nameFacts.put(symbol, cached);
    }
    return cached;
  }

  private boolean isInOpaquePackage(TypeSymbol symbol) {
    PackageSymbol pkg = Owners.packageOf(symbol);
    if (pkg == null) {
      return isOpaque(symbol.getQualifiedName().toString());
    }
    Boolean opaque = opaquePackages.get(pkg);
    if (opaque == null) {
      // The prefixes are package prefixes: a class is opaque exactly when its package is.
      opaque = isOpaque(pkg.getQualifiedName() + ".");
      opaquePackages.put(pkg, opaque);
    }
    return opaque;
  }

  private static boolean isOpaque(String qualifiedName) {
    for (String prefix : OPAQUE_PACKAGES) {
      if (qualifiedName.startsWith(prefix)) {
        return true;
      }
    }
    for (String prefix : OPAQUE_LIBRARIES) {
      if (qualifiedName.startsWith(prefix)) {
        return true;
      }
    }
    for (String infix : RELOCATED_OPAQUE_LIBRARIES) {
      if (qualifiedName.contains(infix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a type's qualified name alone says.
   *
   * @param client it names a client root or a relocated copy of one
   * @param ignored it names an ignored type or a relocated copy of one
   * @param opaque it is in one of {@link #OPAQUE_PACKAGES} or {@link #OPAQUE_LIBRARIES}
   * @param opaqueSupertype it is one of {@link #OPAQUE_SUPERTYPES} or a relocated copy of one
   * @param containerElements the type arguments that are its elements; empty if not a container
   */
  private record NameFacts(
      boolean client,
      boolean ignored,
      boolean opaque,
      boolean opaqueSupertype,
      ImmutableList<Integer> containerElements) {}

  /**
   * What the names of a class and all its supertypes say.
   *
   * @param complete javac could read every one of them from the class path
   * @param client one of them names a client root
   * @param ignored one of them names an ignored type
   * @param opaqueSupertype one of them is a data type's supertype
   * @param containers the containers among them, with the type arguments that are their elements
   */
  private record Lineage(
      boolean complete,
      boolean client,
      boolean ignored,
      boolean opaqueSupertype,
      ImmutableMap<TypeSymbol, ImmutableList<Integer>> containers) {
    static final Lineage NONE = new Lineage(true, false, false, false, ImmutableMap.of());
    static final Lineage INCOMPLETE = new Lineage(false, false, false, false, ImmutableMap.of());

    Lineage union(Lineage other) {
      if (!complete || !other.complete) {
        return INCOMPLETE;
      }
      if (other == NONE || other == this) {
        return this;
      }
      if (this == NONE) {
        return other;
      }
      boolean anyClient = client || other.client;
      boolean anyIgnored = ignored || other.ignored;
      boolean anyOpaqueSupertype = opaqueSupertype || other.opaqueSupertype;
      ImmutableMap<TypeSymbol, ImmutableList<Integer>> allContainers =
          other.containers.isEmpty() || other.containers.equals(containers)
              ? containers
              : containers.isEmpty()
                  ? other.containers
                  : ImmutableMap.<TypeSymbol, ImmutableList<Integer>>builder()
                      .putAll(containers)
                      .putAll(other.containers)
                      .buildKeepingLast();
      // Most supertypes add nothing new: then no new answer is made.
      return anyClient == client
              && anyIgnored == ignored
              && anyOpaqueSupertype == opaqueSupertype
              && allContainers == containers
          ? this
          : new Lineage(true, anyClient, anyIgnored, anyOpaqueSupertype, allContainers);
    }
  }

  /**
   * What a class's own name, its outer class and its lineage say of it.
   *
   * @param opaque the class is in a package whose classes never keep a client in a typed field, or
   *     is a data type (a protobuf message, a JSON model)
   */
  private record SymbolFacts(
      boolean client,
      boolean ignored,
      boolean opaque,
      ImmutableMap<TypeSymbol, ImmutableList<Integer>> containers) {
    static final SymbolFacts NONE = new SymbolFacts(false, false, false, ImmutableMap.of());
    static final SymbolFacts OPAQUE = new SymbolFacts(false, false, true, ImmutableMap.of());
    static final SymbolFacts CLIENT = new SymbolFacts(true, false, false, ImmutableMap.of());
  }
}
