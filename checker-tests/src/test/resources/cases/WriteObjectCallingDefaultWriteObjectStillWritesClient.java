import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A class that declares writeObject is not necessarily in control of what it writes: this one
 * calls defaultWriteObject(), which writes every non-transient field, the client included, and
 * fails with NotSerializableException. The field should be flagged like in any Serializable class.
 */
public class WriteObjectCallingDefaultWriteObjectStillWritesClient {
  static final class Translator implements Serializable {
    private static final long serialVersionUID = 2L;

    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `Translator`
    private final TranslationServiceClient client;
    private final int formatVersion = 2;

    Translator(TranslationServiceClient client) {
      this.client = client;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      out.writeInt(formatVersion);
    }
  }
}
