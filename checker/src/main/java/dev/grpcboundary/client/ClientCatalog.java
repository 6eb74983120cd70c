package dev.grpcboundary.client;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The generated client catalog ({@code client-catalog.txt} beside this class): client types of
 * Google Cloud and other gRPC SDKs, found in their jars by the {@code catalog} module, which also
 * regenerates it (see docs/client-catalog.md). Names only: a library missing from the user's class
 * path costs nothing, as the checker matches these by qualified name against supertypes.
 *
 * <p>Read once per class loader; immutable strings, no compilation state.
 */
public final class ClientCatalog {
  static final String RESOURCE = "client-catalog.txt";

  /** The cataloged type names; empty if the resource is missing or unreadable, never a crash. */
  public static final ImmutableSet<String> TYPES = load();

  private static ImmutableSet<String> load() {
    try (InputStream in = ClientCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return ImmutableSet.of();
      }
      ImmutableSet.Builder<String> types = ImmutableSet.builder();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.trim();
        if (!name.isEmpty() && !name.startsWith("#")) {
          types.add(name);
        }
      }
      return types.build();
    } catch (IOException | RuntimeException unreadable) {
      return ImmutableSet.of();
    }
  }

  private ClientCatalog() {}
}
