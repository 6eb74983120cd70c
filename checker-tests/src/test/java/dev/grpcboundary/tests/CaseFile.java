package dev.grpcboundary.tests;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * One example source from the corpus, with what it expects, written the way Error Prone's own tests
 * write it:
 *
 * <ul>
 *   <li>{@code // BUG: Diagnostic contains: <substring>} expects a finding of our checks on the
 *       next line whose message contains the substring. Consecutive marker lines all apply to the
 *       next line that is not a marker (one finding each).
 *   <li>{@code // Flags: <flag> <flag>...} (anywhere, usually at the top) adds Error Prone flags,
 *       e.g. {@code -XepOpt:GrpcBoundary:ClientTypes=com.example.LegacyClient}.
 * </ul>
 */
public record CaseFile(
    String name,
    List<String> lines,
    ImmutableList<Expected> expected,
    ImmutableList<String> flags) {

  private static final Pattern MARKER = Pattern.compile("^\\s*// BUG: Diagnostic contains: (.*)$");
  private static final Pattern FLAGS = Pattern.compile("^\\s*// Flags: (.*)$");

  /**
   * A finding the case expects: on {@code line} (1-based), with a message containing {@code text}.
   */
  public record Expected(long line, String text) {
    @Override
    public String toString() {
      return "line " + line + ": \"" + text + "\"";
    }
  }

  /**
   * The case files in a test resource folder, sorted by name. Read from the source tree when the
   * tests run in the module (as under Maven), so that a case renamed or moved since the last
   * resource copy is not also run from a stale copy in target/test-classes; else from the class
   * path.
   */
  public static List<CaseFile> inFolder(String folder) {
    try (Stream<Path> files = Files.list(directory(folder))) {
      return files
          .filter(path -> path.getFileName().toString().endsWith(".java"))
          .sorted()
          .map(CaseFile::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where {@link #inFolder} reads a folder's files from: the source tree, else the class path. */
  static Path directory(String folder) {
    Path sources = Path.of("src", "test", "resources", folder);
    return Files.isDirectory(sources) ? sources : classPathFolder(folder);
  }

  private static Path classPathFolder(String folder) {
    URL url = CaseFile.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalStateException("no resource folder " + folder + " on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One case file from a class path resource folder. */
  public static CaseFile named(String folder, String fileName) {
    return inFolder(folder).stream()
        .filter(c -> c.name().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no case " + folder + "/" + fileName));
  }

  static CaseFile read(Path path) {
    try {
      return parse(path.getFileName().toString(), Files.readAllLines(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CaseFile parse(String name, List<String> lines) {
    ImmutableList.Builder<Expected> expected = ImmutableList.builder();
    ImmutableList.Builder<String> flags = ImmutableList.builder();
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(line);
      if (marker.matches()) {
        pending.add(marker.group(1).trim());
        continue;
      }
      long lineNumber = i + 1;
      for (String text : pending) {
        expected.add(new Expected(lineNumber, text));
      }
      pending.clear();
      Matcher flagLine = FLAGS.matcher(line);
      if (flagLine.matches()) {
        for (String flag : flagLine.group(1).trim().split("\\s+")) {
          flags.add(flag);
        }
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(
          name + ": a BUG marker at the end of the file has no line");
    }
    return new CaseFile(name, List.copyOf(lines), expected.build(), flags.build());
  }

  public JavaFileObject source() {
    return JavaFileObjects.forSourceLines(className(), lines);
  }

  /** The top-level class the file declares, as javac wants the file to be named. */
  private String className() {
    String simpleName = name.substring(0, name.length() - ".java".length());
    for (String line : lines) {
      if (line.startsWith("package ")) {
        String pkg = line.substring("package ".length(), line.indexOf(';')).trim();
        return pkg + "." + simpleName;
      }
    }
    return simpleName;
  }

  @Override
  public String toString() {
    return name;
  }
}
