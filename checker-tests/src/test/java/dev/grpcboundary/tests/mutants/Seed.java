package dev.grpcboundary.tests.mutants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One compilation unit the mutants are derived from: a test case, a syntax case, a runtime pattern,
 * a docs example or the eval canary. Its package is replaced by {@code mutseed<index>} so that
 * every seed (and later every variant) lives in its own package and many compile in one javac run
 * without clashing names.
 *
 * @param origin where it came from, for reports (e.g. {@code
 *     cases/SparkMapCapturesLocalClient.java})
 * @param fileName the file name javac needs (the public top-level type's name + {@code .java})
 * @param text the source with its package declaration replaced by {@link #packageName()}
 * @param packageName {@code mutseed<index>}
 */
public record Seed(String origin, String fileName, String text, String packageName) {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");
  private static final Pattern FENCE_OPEN = Pattern.compile("^\\s*```\\s*java\\s*$");
  private static final Pattern FENCE_CLOSE = Pattern.compile("^\\s*```\\s*$");

  /**
   * Every seed under the repository root, in a fixed order: checker-tests' cases, syntax cases for
   * this JDK, generated-code case, runtime patterns, docs examples, the eval canary and the
   * examples project.
   */
  public static List<Seed> load(Path root) {
    List<Path> files = new ArrayList<>();
    Path resources = root.resolve("checker-tests/src/test/resources");
    files.addAll(javaFiles(resources.resolve("cases")));
    files.addAll(javaFiles(resources.resolve("syntax")));
    if (Runtime.version().feature() >= 21) {
      files.addAll(javaFiles(resources.resolve("syntax-21")));
    }
    files.addAll(javaFiles(resources.resolve("generated")));
    files.addAll(
        javaFiles(
            root.resolve("checker-tests/src/test/java/dev/grpcboundary/tests/runtime/patterns")));
    files.addAll(javaFiles(root.resolve("eval/canary")));
    files.addAll(javaFiles(root.resolve("examples/src/main/java")));

    List<Seed> seeds = new ArrayList<>();
    for (Path file : files) {
      seeds.add(of(root.relativize(file).toString(), read(file), seeds.size()));
    }
    for (Path page : javaFilesWithSuffix(root.resolve("docs/bugpatterns"), ".md")) {
      List<String> lines = List.of(read(page).split("\n", -1));
      for (int i = 0; i < lines.size(); i++) {
        if (!FENCE_OPEN.matcher(lines.get(i)).matches()) {
          continue;
        }
        int end = i + 1;
        while (end < lines.size() && !FENCE_CLOSE.matcher(lines.get(end)).matches()) {
          end++;
        }
        String block = String.join("\n", lines.subList(i + 1, end)) + "\n";
        seeds.add(of(root.relativize(page) + ":" + (i + 1), block, seeds.size()));
        i = end;
      }
    }
    return seeds;
  }

  static Seed of(String origin, String source, int index) {
    String packageName = "mutseed" + index;
    Matcher pkg = PACKAGE.matcher(source);
    String text =
        pkg.find()
            ? source.substring(0, pkg.start())
                + "package "
                + packageName
                + ";"
                + source.substring(pkg.end())
            : "package " + packageName + "; " + source;
    Matcher type = PUBLIC_TYPE.matcher(text);
    String fileName = (type.find() ? type.group(1) : "Seed") + ".java";
    return new Seed(origin, fileName, text, packageName);
  }

  /** The source of a variant: {@code text} (this seed's text, edited) moved to {@code pkg}. */
  String inPackage(String text, String pkg) {
    return text.replaceFirst("package " + packageName + ";", "package " + pkg + ";");
  }

  private static List<Path> javaFiles(Path dir) {
    return javaFilesWithSuffix(dir, ".java");
  }

  private static List<Path> javaFilesWithSuffix(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
