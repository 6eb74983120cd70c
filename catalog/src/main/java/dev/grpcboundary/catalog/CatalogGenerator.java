package dev.grpcboundary.catalog;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Builds the client catalog the checker ships ({@code client-catalog.txt}): the public types of
 * gRPC client libraries whose implementations, in the same artifact, own a connection.
 *
 * <p>For every class file of every scanned artifact jar it reads the name, the access flags, the
 * supertypes and the types of the instance fields (class files only: nothing is loaded). A class
 * <em>owns a connection</em> when one of its instance fields has a <em>client type</em>: a type
 * that is or extends a {@linkplain #BASE_ROOTS base root} (gRPC's channels and stubs, GAX's
 * background resources; relocated copies match by package suffix, as in the checker), or a type
 * already found. The types found are each owner and its supertypes declared in the owner's own
 * artifact; finding them can make more classes owners, so this repeats until nothing new is found.
 *
 * <p>The catalog keeps the found types a user would hold and call RPCs on: public (nested ones
 * inside public types), not configuration ({@link #CONFIGURATION_SUFFIX}), not in internal, SPI or
 * stub packages, and not already covered by a base root or by another catalog type among its
 * supertypes.
 */
public final class CatalogGenerator {

  /** The command that regenerates the checked-in catalog; quoted in its header and in failures. */
  public static final String REGENERATE_COMMAND =
      "./mvnw -B -pl catalog test -Dcatalog.regenerate=true";

  /** Where the catalog lives, relative to the repository root. */
  public static final String CATALOG_PATH =
      "checker/src/main/resources/dev/grpcboundary/client/client-catalog.txt";

  /**
   * The hand-kept roots of the checker's KnownClientTypes that everything else derives from. Every
   * type covered by one of these is already a client to the checker, so it stays out of the
   * catalog.
   */
  static final List<String> BASE_ROOTS =
      List.of(
          "io.grpc.Channel",
          "io.grpc.stub.AbstractStub",
          "com.google.api.gax.core.BackgroundResource",
          "com.google.api.gax.rpc.ClientContext");

  /** Configuration and plumbing, never a client a user holds, whatever it references. */
  static final Pattern CONFIGURATION_SUFFIX =
      Pattern.compile(
          ".*(Settings|Builder|Options|Credentials|Config|Configuration|Callable|Exception|Error"
              + "|Factory|Provider|Decorator|Listener|Callback|Observer|Handler|Observable|Input|Output|Request)$"
              + "|.*Interceptor.*");

  /**
   * How many owners, at most, lie between a cataloged type and a base root: a client's
   * implementation holds an RPC layer that holds a stub (Spanner: SpannerImpl, GapicSpannerRpc); a
   * handle obtained from a client holds the client (DatabaseClient, BatchClient, WorkflowClient are
   * 3 or 4 away). Past that, chains run through callbacks and back-references of workflow and
   * result objects rather than to a connection the type owns.
   */
  static final int MAX_DISTANCE = 5;

  /** What a client's API type is called, or what it is (below): its name ends with one of these. */
  static final Pattern CLIENT_NAME =
      Pattern.compile(
          ".*(Client|Stub|Stubs|Service|Connection|Writer|Worker|Publisher|Subscriber"
              + "|PublisherInterface|SubscriberInterface)(V[0-9]+)?$");

  /** Or it has a lifecycle: a client is closed or shut down; data and handles to data are not. */
  static final List<String> LIFECYCLE_TYPES =
      List.of(
          "java/lang/AutoCloseable", "com/google/cloud/Service", "com/google/api/core/ApiService");

  /** Results, values and handles that are closeable or hold a client but are not one. */
  static final Pattern VALUE_NAME =
      Pattern.compile(
          ".*(ResultSet|Result|Results|Iterator|Snapshot|Info|Statement|Operation|Future|Promise"
              + "|Metrics|Partition|Change|Reference|Query|Expression|Stage)$");

  /** Packages whose public types are implementation details of their library. */
  static final Pattern INTERNAL_PACKAGE =
      Pattern.compile(".*\\.(internal|spi|stub|impl|shaded|testing)(\\..*)?$");

  /**
   * Group ids of the artifacts that are scanned; any other jar on the class path (gRPC, GAX,
   * google-cloud-core, ASM, JUnit) is only read for the supertypes of the scanned classes.
   */
  static final Set<String> SCANNED_GROUPS =
      Set.of(
          "com.google.cloud",
          "io.milvus",
          "io.qdrant",
          "io.etcd",
          "org.apache.arrow",
          "io.temporal",
          "io.dapr");

  /** Artifacts of those groups that are shared plumbing rather than a client library. */
  static final Set<String> BASE_ARTIFACTS = Set.of("com.google.cloud:google-cloud-core");

  /** One scanned jar. */
  public record Artifact(String groupId, String artifactId, String version, Path jar) {
    public String coordinates() {
      return groupId + ":" + artifactId + ":" + version;
    }
  }

  /** What the generator reads of one class file. */
  record ClassInfo(
      String name, // internal name, a/b/C$D
      Artifact artifact, // null for a class outside the scanned artifacts
      int access,
      String superName,
      List<String> interfaces,
      List<String> fieldTypes, // internal names of instance fields' (element) class types
      boolean publiclyNested) {}

  /** The result: the catalog and how it was found. */
  public record Catalog(
      List<Artifact> artifacts, int classesRead, int typesFound, Set<String> types) {

    /** The file's content: header comment, then one qualified name per line, sorted. */
    public String render() {
      StringBuilder out = new StringBuilder();
      out.append("# grpc-boundary client catalog: types whose instances own gRPC connections.\n");
      out.append(
          "# GENERATED by dev.grpcboundary.catalog.CatalogGenerator: do not edit by hand.\n");
      out.append("# Regenerate: ").append(REGENERATE_COMMAND).append('\n');
      out.append("# ")
          .append(types.size())
          .append(" types (")
          .append(typesFound)
          .append(" found, reduced to the roots not covered by a supertype) from ")
          .append(artifacts.size())
          .append(" artifacts:\n");
      for (Artifact artifact : artifacts) {
        out.append("#   ").append(artifact.coordinates()).append('\n');
      }
      for (String type : types) {
        out.append(type).append('\n');
      }
      return out.toString();
    }

    public String summary() {
      return String.format(
          "client catalog: %d artifacts, %d classes read, %d client types found, %d in the catalog",
          artifacts.size(), classesRead, typesFound, types.size());
    }
  }

  private final Map<String, ClassInfo> scanned = new HashMap<>();
  private final Map<String, Optional<ClassInfo>> outside = new HashMap<>();
  private final ClassLoader hierarchyLoader;

  private CatalogGenerator(ClassLoader hierarchyLoader) {
    this.hierarchyLoader = hierarchyLoader;
  }

  /**
   * Generates the catalog from the scanned artifacts among {@code classPath}, reading supertypes
   * outside them through {@code hierarchyLoader} (as resources: nothing is loaded).
   */
  public static Catalog generate(
      List<Path> classPath, Path localRepository, ClassLoader hierarchyLoader) throws IOException {
    List<Artifact> artifacts = new ArrayList<>();
    for (Path jar : classPath) {
      Optional<Artifact> artifact = artifactOf(jar, localRepository);
      if (artifact.isPresent()
          && SCANNED_GROUPS.contains(artifact.get().groupId())
          && !BASE_ARTIFACTS.contains(
              artifact.get().groupId() + ":" + artifact.get().artifactId())) {
        artifacts.add(artifact.get());
      }
    }
    artifacts.sort((a, b) -> a.coordinates().compareTo(b.coordinates()));
    CatalogGenerator generator = new CatalogGenerator(hierarchyLoader);
    for (Artifact artifact : artifacts) {
      generator.read(artifact);
    }
    Set<String> found = generator.findClientTypes();
    Set<String> catalog = generator.reduce(found);
    if (Boolean.getBoolean("catalog.explain")) {
      for (String type : catalog) {
        System.err.println(generator.explain(type.replace('.', '/')));
      }
    }
    return new Catalog(List.copyOf(artifacts), generator.scanned.size(), found.size(), catalog);
  }

  /** The class path of this JVM, as paths. */
  public static List<Path> currentClassPath() {
    List<Path> paths = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        paths.add(Paths.get(entry));
      }
    }
    return paths;
  }

  /**
   * Regenerates the catalog from this JVM's class path and writes it: {@code args[0]} is the
   * catalog file, {@code args[1]} the local Maven repository the jars were resolved into.
   */
  public static void main(String[] args) throws IOException {
    Catalog catalog =
        generate(currentClassPath(), Paths.get(args[1]), CatalogGenerator.class.getClassLoader());
    Files.writeString(Paths.get(args[0]), catalog.render(), StandardCharsets.UTF_8);
    System.out.println(catalog.summary());
  }

  /** The coordinates of a jar in a Maven repository layout: group/dirs/artifact/version/jar. */
  static Optional<Artifact> artifactOf(Path jar, Path localRepository) {
    if (!jar.toString().endsWith(".jar")) {
      return Optional.empty();
    }
    Path absolute = jar.toAbsolutePath().normalize();
    Path repository = localRepository.toAbsolutePath().normalize();
    if (!absolute.startsWith(repository)) {
      return Optional.empty();
    }
    Path relative = repository.relativize(absolute);
    int count = relative.getNameCount();
    if (count < 4) {
      return Optional.empty();
    }
    String version = relative.getName(count - 2).toString();
    String artifactId = relative.getName(count - 3).toString();
    StringBuilder groupId = new StringBuilder();
    for (int i = 0; i < count - 3; i++) {
      if (i > 0) {
        groupId.append('.');
      }
      groupId.append(relative.getName(i));
    }
    return Optional.of(new Artifact(groupId.toString(), artifactId, version, absolute));
  }

  private void read(Artifact artifact) throws IOException {
    try (ZipFile zip = new ZipFile(artifact.jar().toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!name.endsWith(".class")
            || name.startsWith("META-INF/")
            || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          ClassInfo info = parse(in.readAllBytes(), artifact);
          // The first jar that has a class wins, as on a class path.
          scanned.putIfAbsent(info.name(), info);
        }
      }
    }
  }

  static ClassInfo parse(byte[] classFile, Artifact artifact) {
    ClassReader reader = new ClassReader(classFile);
    List<String> fieldTypes = new ArrayList<>();
    String[] header = new String[1];
    int[] access = new int[1];
    boolean[] publiclyNested = {true};
    reader.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public void visit(
              int version,
              int acc,
              String name,
              String signature,
              String superName,
              String[] ifaces) {
            header[0] = name;
            access[0] = acc;
          }

          @Override
          public void visitInnerClass(String name, String outerName, String innerName, int acc) {
            // Each nesting level of this class (itself and its outer classes) must be public and
            // named: an anonymous or local class (no outer or inner name) is never public API.
            if (header[0] != null && (header[0].equals(name) || header[0].startsWith(name + "$"))) {
              if (outerName == null || innerName == null || (acc & Opcodes.ACC_PUBLIC) == 0) {
                publiclyNested[0] = false;
              }
            }
          }

          @Override
          public FieldVisitor visitField(
              int acc, String name, String descriptor, String signature, Object value) {
            // A static field is not the instance's; a transient one is left behind when the
            // instance is serialized, which is how a shippable class keeps its connection.
            if ((acc & (Opcodes.ACC_STATIC | Opcodes.ACC_TRANSIENT)) == 0) {
              Type type = Type.getType(descriptor);
              if (type.getSort() == Type.ARRAY) {
                type = type.getElementType();
              }
              if (type.getSort() == Type.OBJECT) {
                fieldTypes.add(type.getInternalName());
              }
            }
            return null;
          }
        },
        ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return new ClassInfo(
        reader.getClassName(),
        artifact,
        access[0],
        reader.getSuperName(),
        List.of(reader.getInterfaces()),
        List.copyOf(fieldTypes),
        publiclyNested[0]);
  }

  /** A class by internal name: scanned, or read through the hierarchy loader, or unknown. */
  private Optional<ClassInfo> lookup(String internalName) {
    ClassInfo info = scanned.get(internalName);
    if (info != null) {
      return Optional.of(info);
    }
    return outside.computeIfAbsent(
        internalName,
        n -> {
          if (n.startsWith("java/") || n.startsWith("javax/") || n.startsWith("jdk/")) {
            return Optional.empty();
          }
          try (InputStream in = hierarchyLoader.getResourceAsStream(n + ".class")) {
            return in == null ? Optional.empty() : Optional.of(parse(in.readAllBytes(), null));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private final Map<String, Set<String>> supertypes = new HashMap<>();

  /** {@code internalName} and all its known supertypes, nearest first. */
  private Set<String> supertypesOf(String internalName) {
    Set<String> cached = supertypes.get(internalName);
    if (cached == null) {
      cached = computeSupertypes(internalName);
      supertypes.put(internalName, cached);
    }
    return cached;
  }

  private Set<String> computeSupertypes(String internalName) {
    Set<String> result = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(internalName);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (!result.add(current)) {
        continue;
      }
      lookup(current)
          .ifPresent(
              info -> {
                if (info.superName() != null) {
                  queue.add(info.superName());
                }
                queue.addAll(info.interfaces());
              });
    }
    return result;
  }

  private static String qualified(String internalName) {
    return internalName.replace('/', '.').replace('$', '.');
  }

  /**
   * Whether {@code qualifiedName} is {@code root} or a relocated copy of it (the checker's rule).
   */
  static boolean namesOrRelocates(String qualifiedName, String root) {
    return qualifiedName.equals(root)
        || (qualifiedName.length() > root.length()
            && qualifiedName.endsWith(root)
            && qualifiedName.charAt(qualifiedName.length() - root.length() - 1) == '.');
  }

  private boolean coveredByBaseRoot(String internalName) {
    for (String supertype : supertypesOf(internalName)) {
      String name = qualified(supertype);
      for (String root : BASE_ROOTS) {
        if (namesOrRelocates(name, root)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Why each type was found: the owner and the client type it holds (for -Dcatalog.explain). */
  private final Map<String, String> reasons = new HashMap<>();

  /** How {@code internalName} was found, one owner per line, down to a base root. */
  String explain(String internalName) {
    StringBuilder out = new StringBuilder(internalName);
    Set<String> seen = new HashSet<>();
    String current = internalName;
    while (reasons.containsKey(current) && seen.add(current)) {
      String reason = reasons.get(current);
      out.append("\n    <- ").append(reason);
      current = reason.substring(reason.lastIndexOf(' ') + 1);
      // The held type may be a subtype of the found one.
      if (!reasons.containsKey(current)) {
        for (String supertype : supertypesOf(current)) {
          if (reasons.containsKey(supertype)) {
            current = supertype;
            break;
          }
        }
      }
    }
    return out.toString();
  }

  /** Internal names of every type found to be a client, base-root subtypes aside. */
  private Set<String> findClientTypes() {
    Map<String, Boolean> baseCovered = new HashMap<>();
    Set<String> found = new TreeSet<>();
    List<ClassInfo> owners = new ArrayList<>(scanned.values());
    owners.sort((a, b) -> a.name().compareTo(b.name()));
    // Round k finds the types k owners away from a base root, using only what earlier rounds
    // found: so each type's distance is its shortest, and the result does not depend on order.
    for (int round = 1; round <= MAX_DISTANCE; round++) {
      Set<String> known = Set.copyOf(found);
      boolean changed = false;
      for (ClassInfo owner : owners) {
        if ((owner.access() & Opcodes.ACC_INTERFACE) != 0 || serializable(owner.name())) {
          continue;
        }
        String heldType = heldClientType(owner, known, baseCovered);
        if (heldType == null) {
          continue;
        }
        for (String supertype : supertypesOf(owner.name())) {
          ClassInfo info = scanned.get(supertype);
          if (info != null
              && info.artifact().equals(owner.artifact())
              && !serializable(supertype)
              && !baseCovered.computeIfAbsent(supertype, this::coveredByBaseRoot)
              && found.add(supertype)) {
            changed = true;
            reasons.put(supertype, owner.name() + " holds " + heldType);
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    return found;
  }

  /**
   * A serializable type is made to be shipped (values, results, options): whatever it reaches is
   * transient or its own problem, and it is not what a user holds to call RPCs on.
   */
  private boolean serializable(String internalName) {
    return supertypesOf(internalName).contains("java/io/Serializable");
  }

  /**
   * The type of the first instance field of a client type that {@code owner} has or inherits, or
   * null when it owns no connection.
   */
  private String heldClientType(
      ClassInfo owner, Set<String> found, Map<String, Boolean> baseCovered) {
    for (Optional<ClassInfo> current = Optional.of(owner);
        current.isPresent();
        current =
            current.get().superName() == null
                ? Optional.empty()
                : lookup(current.get().superName())) {
      for (String fieldType : current.get().fieldTypes()) {
        if (baseCovered.computeIfAbsent(fieldType, this::coveredByBaseRoot)) {
          return fieldType;
        }
        for (String supertype : supertypesOf(fieldType)) {
          if (found.contains(supertype)) {
            return fieldType;
          }
        }
      }
    }
    return null;
  }

  /** The found types a user would hold, less those a supertype in the catalog already covers. */
  private Set<String> reduce(Collection<String> found) {
    Set<String> eligible = new HashSet<>();
    for (String type : found) {
      ClassInfo info = scanned.get(type);
      String name = qualified(type);
      String simpleName = name.substring(name.lastIndexOf('.') + 1);
      String packageName =
          type.contains("/") ? type.substring(0, type.lastIndexOf('/')).replace('/', '.') : "";
      if ((info.access() & Opcodes.ACC_PUBLIC) != 0
          && info.publiclyNested()
          && (info.access() & Opcodes.ACC_SYNTHETIC) == 0
          && !CONFIGURATION_SUFFIX.matcher(simpleName).matches()
          && !VALUE_NAME.matcher(simpleName).matches()
          && (CLIENT_NAME.matcher(simpleName).matches() || hasLifecycle(type))
          && !INTERNAL_PACKAGE.matcher(packageName).matches()) {
        eligible.add(type);
      }
    }
    Set<String> catalog = new TreeSet<>();
    for (String type : eligible) {
      boolean covered = false;
      for (String supertype : supertypesOf(type)) {
        if (!supertype.equals(type) && eligible.contains(supertype)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        catalog.add(qualified(type));
      }
    }
    return catalog;
  }

  private boolean hasLifecycle(String internalName) {
    Set<String> all = supertypesOf(internalName);
    for (String lifecycle : LIFECYCLE_TYPES) {
      if (all.contains(lifecycle)) {
        return true;
      }
    }
    return false;
  }
}
