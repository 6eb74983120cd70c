package dev.grpcboundary.tests.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import dev.grpcboundary.tests.runtime.patterns.ObjectOutputStreamWritesClient;
import dev.grpcboundary.tests.runtime.patterns.PingTaskHoldsChannel;
import dev.grpcboundary.tests.runtime.patterns.PingTaskHoldsSettings;
import io.grpc.ManagedChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Plain Java serialization of clients and of tasks that hold them: live, working clients (each is
 * used first, against a real Translate server on loopback) that cannot be written. Each test also
 * compiles the pattern's own source with the plugin.
 */
public final class JavaSerializationRuntimeTest {
  @ClassRule public static final TranslateServer server = new TranslateServer();

  private static void serialize(Serializable object) throws IOException {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(object);
    }
  }

  @Test
  public void objectOutputStreamWritingClient_notSerializable() {
    try (TranslationServiceClient client = LoopbackClients.translationClient(server.target())) {
      assertEquals(
          TranslateServer.expected("de", "hi"), LoopbackClients.translate(client, "de", "hi"));
      NotSerializableException thrown =
          assertThrows(
              NotSerializableException.class,
              () -> ObjectOutputStreamWritesClient.serialize(client));
      assertEquals(TranslationServiceClient.class.getName(), thrown.getMessage());
    }
    PatternSource.of(ObjectOutputStreamWritesClient.class).assertFlagged();
  }

  @Test
  public void taskHoldingChannel_notSerializable() throws InterruptedException {
    ManagedChannel channel = LoopbackClients.channel(server.target());
    try {
      PingTaskHoldsChannel task = new PingTaskHoldsChannel(channel);
      assertEquals(TranslateServer.expected("fr", "ping"), task.call());
      NotSerializableException thrown =
          assertThrows(NotSerializableException.class, () -> serialize(task));
      // The builder's channel is gRPC's internal wrapper class: not Serializable either.
      assertEquals(channel.getClass().getName(), thrown.getMessage());
    } finally {
      channel.shutdownNow().awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    PatternSource.of(PingTaskHoldsChannel.class).assertFlagged();
  }

  /**
   * The docs' reason to ship strings rather than GAX settings: the settings work (the task runs
   * here) but are not Serializable. The check does not report settings, which are configuration,
   * not a connection, so this source draws no finding.
   */
  @Test
  public void taskHoldingGaxSettings_notSerializable_notReported() throws Exception {
    PingTaskHoldsSettings task =
        new PingTaskHoldsSettings(LoopbackClients.settings(server.target()));
    assertEquals(TranslateServer.expected("fr", "ping"), task.call());
    NotSerializableException thrown =
        assertThrows(NotSerializableException.class, () -> serialize(task));
    assertEquals(TranslationServiceSettings.class.getName(), thrown.getMessage());
    PatternSource.of(PingTaskHoldsSettings.class).assertNotFlagged();
  }
}
