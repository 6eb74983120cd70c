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
  /** The files listed in {@code sourceList}, one path a line (corpus/fetch's sources.txt). */
  static Project fromSourceList(String name, Path sourceList, String classpath) {
    try {
      List<Path> sources =
          Files.readAllLines(sourceList).stream().filter(line -> !line.isBlank()).map(Path::of).toList();
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
