// Flags: -XepOpt:GrpcBoundary:IgnoredTypes=com.example.translate.IgnoredTypesFlagSilencesSerializableClient.PortableTranslator
package com.example.translate;

import com.google.api.gax.core.BackgroundResource;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaRDD;

/**
 * A team's own BackgroundResource that is safe to ship (it only carries its project id and
 * reconnects after deserialization). As a BackgroundResource it counts as a client; IgnoredTypes
 * tells the check otherwise. FlagsTest also compiles this file without the flag and expects the
 * capture to be flagged.
 */
public class IgnoredTypesFlagSilencesSerializableClient {
  public static final class PortableTranslator implements BackgroundResource, Serializable {
    private final String project;
    private transient TranslationServiceClient client;

    public PortableTranslator(String project) {
      this.project = project;
      connect();
    }

    private void connect() {
      try {
        client = TranslationServiceClient.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      connect();
    }

    public String toGerman(String text) {
      return client
          .translateText("projects/" + project, "de", List.of(text))
          .getTranslations(0)
          .getTranslatedText();
    }

    @Override public void shutdown() { client.shutdown(); }
    @Override public boolean isShutdown() { return client.isShutdown(); }
    @Override public boolean isTerminated() { return client.isTerminated(); }
    @Override public void shutdownNow() { client.shutdownNow(); }
    @Override public boolean awaitTermination(long duration, TimeUnit unit) throws InterruptedException {
      return client.awaitTermination(duration, unit);
    }
    @Override public void close() { client.close(); }
  }

  JavaRDD<String> translate(JavaRDD<String> lines) {
    PortableTranslator translator = new PortableTranslator("my-project");
    return lines.map(line -> translator.toGerman(line));
  }

  /** Ignoring one type does not ignore the real clients. */
  JavaRDD<String> stillFlagged(JavaRDD<String> lines) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes
    return lines.map(line -> client.translateText("projects/p", "de", List.of(line)).toString());
  }
}
