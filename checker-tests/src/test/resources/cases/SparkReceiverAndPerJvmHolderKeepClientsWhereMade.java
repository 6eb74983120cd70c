import com.google.cloud.pubsub.v1.MessageReceiver;
import com.google.cloud.pubsub.v1.Subscriber;
import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.pubsub.v1.ProjectSubscriptionName;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.receiver.Receiver;

/**
 * A custom DStream receiver that subscribes in onStart(), on the executor Spark runs it on, and a
 * Serializable translator whose one instance per JVM lives in a holder's static field: neither
 * client is ever serialized.
 */
public class SparkReceiverAndPerJvmHolderKeepClientsWhereMade {
  static final class PubSubReceiver extends Receiver<String> {
    private final String subscription;
    private Subscriber subscriber;

    PubSubReceiver(String subscription) {
      super(StorageLevel.MEMORY_AND_DISK_2());
      this.subscription = subscription;
    }

    @Override
    public void onStart() {
      MessageReceiver receiver =
          (message, consumer) -> {
            store(message.getData().toStringUtf8());
            consumer.ack();
          };
      subscriber =
          Subscriber.newBuilder(ProjectSubscriptionName.parse(subscription), receiver).build();
      subscriber.startAsync().awaitRunning();
    }

    @Override
    public void onStop() {
      subscriber.stopAsync();
    }
  }

  static final class Translator implements Serializable {
    private final TranslationServiceClient client;

    Translator() {
      try {
        client = TranslationServiceClient.create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String toGerman(String text) {
      return client.translateText("projects/p", "de", List.of(text)).toString();
    }
  }

  private static final class TranslatorHolder {
    static final Translator TRANSLATOR = new Translator();

    private TranslatorHolder() {}
  }

  static JavaDStream<String> translate(JavaDStream<String> lines) {
    return lines.map(line -> TranslatorHolder.TRANSLATOR.toGerman(line));
  }
}
