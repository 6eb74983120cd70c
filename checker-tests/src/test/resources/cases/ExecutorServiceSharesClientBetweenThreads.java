import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sharing one client between the threads of one process is exactly how gRPC clients are meant to
 * be used: nothing is serialized, so nothing is flagged.
 */
public class ExecutorServiceSharesClientBetweenThreads {
  List<String> translateAll(List<String> lines) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (TranslationServiceClient client = TranslationServiceClient.create()) {
      List<Future<String>> results = new ArrayList<>();
      for (String line : lines) {
        results.add(
            pool.submit(
                () ->
                    client
                        .translateText("projects/my-project", "de", List.of(line))
                        .getTranslations(0)
                        .getTranslatedText()));
      }
      pool.execute(
          new Runnable() {
            @Override
            public void run() {
              client.translateText("projects/my-project", "de", List.of("warm-up"));
            }
          });
      List<String> out = new ArrayList<>();
      for (Future<String> result : results) {
        out.add(result.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  Thread background(TranslationServiceClient client) throws IOException {
    return new Thread(() -> client.translateText("projects/p", "fr", List.of("ping")));
  }
}
