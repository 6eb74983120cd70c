package dev.grpcboundary.tests.mutants;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A class-path hole in every position. The library {@code mutholes} is compiled together with
 * {@code mutholes.gone}, then {@code gone} is deleted from the output: variants see classes whose
 * supertype, field type, lambda target's supertype, annotation, thrown type, type bound or client
 * supertype is missing, the way a user's build sees a jar whose dependencies are not on the class
 * path. Whatever of it javac accepts, the checks must analyse without throwing.
 */
final class Holes {
  private static final Map<String, String> GONE =
      Map.of(
          "Gone", "public class Gone implements java.io.Serializable { public int x; }",
          "GoneFn", "public interface GoneFn { String apply(String s); }",
          "GoneAnno",
              "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface GoneAnno {}",
          "GoneException", "public class GoneException extends Exception {}",
          "GoneChannel", "public abstract class GoneChannel extends io.grpc.ManagedChannel {}",
          "GoneClient",
              "public interface GoneClient extends AutoCloseable, com.google.api.gax.core.BackgroundResource {}");

  private static final Map<String, String> PRESENT =
      Map.ofEntries(
          Map.entry(
              "Present",
              "public class Present extends mutholes.gone.Gone { public mutholes.gone.Gone gone; public static Present make() { return new Present(); } public String name() { return \"\"; } }"),
          Map.entry("PresentFn", "public interface PresentFn extends mutholes.gone.GoneFn {}"),
          Map.entry(
              "PresentAnno",
              "@mutholes.gone.GoneAnno @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface PresentAnno {}"),
          Map.entry(
              "Annotated",
              "@mutholes.gone.GoneAnno public class Annotated implements java.io.Serializable { public static Annotated make() { return new Annotated(); } }"),
          Map.entry(
              "PresentException",
              "public class PresentException extends mutholes.gone.GoneException {}"),
          Map.entry(
              "Thrower",
              "public final class Thrower { public static void call() throws mutholes.gone.GoneException {} public static String value() { return \"\"; } }"),
          Map.entry(
              "PresentChannel",
              "public abstract class PresentChannel extends mutholes.gone.GoneChannel { public static PresentChannel none() { return null; } }"),
          Map.entry(
              "PresentClient",
              "public abstract class PresentClient implements mutholes.gone.GoneClient { public static PresentClient create() { return null; } public String call(String s) { return s; } }"),
          Map.entry(
              "Fns",
              "public final class Fns { public static mutholes.gone.GoneFn fn() { return null; } public static <T extends mutholes.gone.Gone> T generic() { return null; } public static java.util.List<mutholes.gone.Gone> list() { return null; } }"),
          Map.entry(
              "HalfHolder",
              "public class HalfHolder implements java.io.Serializable { public io.grpc.ManagedChannel channel; public mutholes.gone.GoneChannel gone; public mutholes.gone.Gone value; }"));

  /**
   * Members a mutation inserts into a class, as {@code position:code}; {@code $N} is made unique
   * per variant.
   */
  static final List<String> MEMBERS =
      List.of(
          // javac itself refuses these (it must complete the missing class): the build breaks
          // before Error Prone runs, whatever the plugin does. MutationCampaign probes each once.
          "supertype:  static class MutHole$N extends mutholes.Present implements java.io.Serializable { io.grpc.ManagedChannel channel; }",
          "lambda-target:  static Object mutHoleLambda$N(io.grpc.ManagedChannel c) { mutholes.PresentFn f = s -> s + c; return f; }",
          "thrown-type:  static void mutHoleThrows$N() throws mutholes.PresentException { }",
          // javac accepts these: the checks meet types whose supertypes, interfaces or
          // annotations are missing.
          "field-type:  static final class MutHoleField$N implements java.io.Serializable { mutholes.Present present; mutholes.PresentChannel channel; mutholes.HalfHolder half; }",
          "client-field-type:  static final class MutHoleClient$N implements java.io.Serializable { mutholes.PresentClient client; transient mutholes.PresentClient spare; }",
          "static-field-type:  static final mutholes.PresentChannel MUT_HOLE$N = null;\n  static final mutholes.PresentClient MUT_HOLE_CLIENT$N = null;",
          "lambda-capture:  static Object mutHoleCapture$N(mutholes.PresentChannel c, mutholes.PresentClient k) { return (java.util.function.Supplier<Object> & java.io.Serializable) () -> \"\" + c + k; }",
          "anonymous-capture:  static Object mutHoleAnon$N(mutholes.PresentClient k) { return new java.io.Serializable() { public String toString() { return \"\" + k; } }; }",
          "annotation:  @mutholes.PresentAnno static final class MutHoleAnno$N implements java.io.Serializable { @mutholes.PresentAnno io.grpc.ManagedChannel channel; mutholes.Annotated annotated; }",
          "thrown-in-lambda:  static Runnable mutHoleCall$N(io.grpc.ManagedChannel c) { return (Runnable & java.io.Serializable) () -> { try { mutholes.Thrower.call(); } catch (Exception e) { c.shutdown(); } }; }",
          "method-return:  static Object mutHoleReturn$N() { Object list = mutholes.Fns.list(); return (java.util.function.Supplier<Object> & java.io.Serializable) () -> \"\" + list; }");

  /** Positions javac refuses on its own; kept out of the random mix (probed once per campaign). */
  static final List<String> REFUSED_BY_JAVAC =
      List.of("supertype", "lambda-target", "thrown-type", "thrown-in-lambda");

  /** The members mixed into variants: {@link #MEMBERS} without {@link #REFUSED_BY_JAVAC}. */
  static List<String> mixed() {
    return MEMBERS.stream()
        .filter(m -> !REFUSED_BY_JAVAC.contains(m.substring(0, m.indexOf(':'))))
        .toList();
  }

  private Holes() {}

  /** Compiles the hole library into {@code dir}, without {@code mutholes.gone}; returns dir. */
  static Path build(Path dir, List<File> classPath) {
    try {
      Path src = dir.resolveSibling(dir.getFileName() + "-src");
      List<File> sources = new ArrayList<>();
      for (Map.Entry<String, String> e : GONE.entrySet()) {
        sources.add(
            write(
                src.resolve("mutholes/gone/" + e.getKey() + ".java"),
                "package mutholes.gone;\n" + e.getValue()));
      }
      for (Map.Entry<String, String> e : PRESENT.entrySet()) {
        sources.add(
            write(
                src.resolve("mutholes/" + e.getKey() + ".java"),
                "package mutholes;\n" + e.getValue()));
      }
      Files.createDirectories(dir);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      List<String> args =
          new ArrayList<>(
              List.of(
                  "-proc:none",
                  "-nowarn",
                  "-d",
                  dir.toString(),
                  "-classpath",
                  Mutator.join(classPath)));
      sources.forEach(f -> args.add(f.getPath()));
      java.io.StringWriter out = new java.io.StringWriter();
      int rc =
          javac.run(
              null,
              new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
              new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
              args.toArray(String[]::new));
      if (rc != 0) {
        throw new IllegalStateException("the class-path hole library does not compile: " + out);
      }
      try (Stream<Path> gone = Files.walk(dir.resolve("mutholes/gone"))) {
        for (Path p : gone.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file.toFile();
  }
}
