package dev.grpcboundary.catalog;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * Regenerates the client catalog from the jars this module resolved and compares it with the
 * checked-in file the checker ships. With {@code -Dcatalog.regenerate=true} it writes the file.
 */
public class CatalogUpToDateTest {

  private static final Path CATALOG = Paths.get("..").resolve(CatalogGenerator.CATALOG_PATH);

  @Test
  public void checkedInCatalogIsWhatTheLibrariesGive() throws IOException {
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    CatalogGenerator.Catalog catalog =
        CatalogGenerator.generate(
            CatalogGenerator.currentClassPath(),
            Paths.get(System.getProperty("catalog.localRepository")),
            CatalogGenerator.class.getClassLoader());
    String generated = catalog.render();
    // CPU time too: on a loaded machine the wall time says more about the neighbours.
    System.out.printf(
        "%s in %d ms (%d ms CPU)%n",
        catalog.summary(),
        (System.nanoTime() - start) / 1_000_000,
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000);

    if (Boolean.getBoolean("catalog.regenerate")) {
      Files.writeString(CATALOG, generated, StandardCharsets.UTF_8);
      System.out.println("wrote " + CATALOG.toAbsolutePath().normalize());
      return;
    }
    String checkedIn =
        Files.exists(CATALOG) ? Files.readString(CATALOG, StandardCharsets.UTF_8) : "";
    if (!generated.equals(checkedIn)) {
      fail(
          "The checked-in client catalog ("
              + CatalogGenerator.CATALOG_PATH
              + ") is not what the libraries give.\n"
              + diff(checkedIn, generated)
              + "Regenerate it from the repository root with:\n  "
              + CatalogGenerator.REGENERATE_COMMAND);
    }
  }

  @Test
  public void catalogHasTheHandwrittenClientsTheIssueNames() throws IOException {
    Set<String> types = new TreeSet<>();
    for (String line : Files.readAllLines(CATALOG, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        types.add(line.trim());
      }
    }
    for (String expected :
        List.of(
            "com.google.cloud.spanner.DatabaseClient",
            "com.google.cloud.spanner.BatchClient",
            "com.google.cloud.spanner.Spanner",
            "com.google.cloud.logging.Logging",
            "com.google.cloud.firestore.Firestore")) {
      assertTrue(expected + " missing from the catalog", types.contains(expected));
    }
    for (String type : types) {
      assertTrue(
          type + " is configuration, not a client",
          !CatalogGenerator.CONFIGURATION_SUFFIX
              .matcher(type.substring(type.lastIndexOf('.') + 1))
              .matches());
    }
  }

  /** The lines only one side has, marked - (checked in) and + (generated). */
  private static String diff(String checkedIn, String generated) {
    List<String> old = checkedIn.lines().toList();
    List<String> now = generated.lines().toList();
    List<String> out = new ArrayList<>();
    for (String line : old) {
      if (!now.contains(line)) {
        out.add("- " + line);
      }
    }
    for (String line : now) {
      if (!old.contains(line)) {
        out.add("+ " + line);
      }
    }
    if (out.isEmpty()) {
      out.add("(same lines, other order or line endings)");
    }
    return String.join("\n", out) + "\n";
  }
}
