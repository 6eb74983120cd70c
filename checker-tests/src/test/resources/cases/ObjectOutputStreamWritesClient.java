import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;

/** Plain Java serialization: a client written to a stream fails the same way engines do. */
public class ObjectOutputStreamWritesClient {
  byte[] snapshot(TranslationServiceClient client, String sessionId) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sessionId);
      // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is passed to `ObjectOutputStream.writeObject`, which serializes it: serialization fails with `java.io.NotSerializableException`. Ship configuration instead (endpoint and project strings, or `ServiceOptions`, which are Serializable) and build the client lazily in the receiving process.
      out.writeObject(client);
    }
    return bytes.toByteArray();
  }
}
