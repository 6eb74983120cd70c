package dev.grpcboundary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One compilation: the sources of one project, compiled together against its own class path, as
 * one module of a build would be.
 */
record Project(String name, List<Path> sources, String classpath) {
  /** Every {@code .java} file under {@code root}, except {@code module-info.java}. */
  static Project fromDirectory(String name, Path root, String classpath) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> sources =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.getFileName().toString().equals("module-info.java"))
              .sorted()
              .toList();
      return new Project(name, sources, classpath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long lines() {
    long total = 0;
    for (Path source : sources) {
      try (Stream<String> lines = Files.lines(source)) {
        total += lines.count();
      } catch (IOException | UncheckedIOException e) {
        // A file with a stray encoding still counts as a file; its lines are not essential.
      }
    }
    return total;
  }
}
