package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;

/** Bad (plain Java serialization): a client written to an {@code ObjectOutputStream}. */
public final class ObjectOutputStreamWritesClient {
  public static byte[] serialize(TranslationServiceClient client) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      // BUG: Diagnostic contains: serialization fails with `java.io.NotSerializableException`
      out.writeObject(client);
    }
    return bytes.toByteArray();
  }

  private ObjectOutputStreamWritesClient() {}
}
