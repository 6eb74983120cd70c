package dev.grpcboundary.tests.runtime.flink.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Good (Flink): a Sink V2 ships the target string; each parallel writer builds its own client in
 * {@code createWriter}, on the task manager, and closes it with the writer.
 */
public final class FlinkSinkWriterCreatesClient implements Sink<String> {
  /**
   * Where the writers of this JVM put the translations: a real sink would write them to a store.
   * Strings only, so nothing here is a client.
   */
  public static final Queue<String> WRITTEN = new ConcurrentLinkedQueue<>();

  private final String target;

  public FlinkSinkWriterCreatesClient(String target) {
    this.target = target;
  }

  @Override
  public SinkWriter<String> createWriter(WriterInitContext context) {
    return new Writer(LoopbackClients.translationClient(target));
  }

  private static final class Writer implements SinkWriter<String> {
    private final TranslationServiceClient client;

    Writer(TranslationServiceClient client) {
      this.client = client;
    }

    @Override
    public void write(String line, Context context) {
      WRITTEN.add(LoopbackClients.translate(client, "de", line));
    }

    @Override
    public void flush(boolean endOfInput) {}

    @Override
    public void close() {
      client.close();
    }
  }
}
