// Flags: -XepOpt:GrpcBoundary:ClientTypes=com.example.inventory.ClientTypesFlagAddsInHouseClient.InventoryClient
package com.example.inventory;

import java.io.Closeable;
import java.net.Socket;
import org.apache.spark.api.java.JavaRDD;

/**
 * An in-house RPC client the check cannot know about: ClientTypes adds it (and its subtypes).
 * FlagsTest also compiles this file without the flag and expects no finding.
 */
public class ClientTypesFlagAddsInHouseClient {
  /** Keeps a pooled connection to the inventory service. */
  public static class InventoryClient implements Closeable {
    private final Socket socket;

    public InventoryClient(String host, int port) throws java.io.IOException {
      this.socket = new Socket(host, port);
    }

    public int stock(String sku) {
      return socket.isConnected() ? sku.length() : 0;
    }

    @Override
    public void close() throws java.io.IOException {
      socket.close();
    }
  }

  /** A subtype is a client too. */
  public static class CachingInventoryClient extends InventoryClient {
    public CachingInventoryClient(String host, int port) throws java.io.IOException {
      super(host, port);
    }
  }

  JavaRDD<Integer> stock(JavaRDD<String> skus) throws java.io.IOException {
    InventoryClient client = new CachingInventoryClient("inventory.internal", 7000);
    // BUG: Diagnostic contains: `client` (InventoryClient, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors
    return skus.map(sku -> client.stock(sku));
  }
}
