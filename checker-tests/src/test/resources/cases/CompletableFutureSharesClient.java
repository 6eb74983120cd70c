import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** CompletableFuture callbacks run in this JVM's common pool: sharing the client is correct. */
public class CompletableFutureSharesClient {
  CompletableFuture<List<String>> translate(TranslationServiceClient client, List<String> lines) {
    List<CompletableFuture<String>> futures =
        lines.stream()
            .map(
                line ->
                    CompletableFuture.supplyAsync(
                            () -> client.translateText("projects/p", "es", List.of(line)))
                        .thenApply(response -> response.getTranslations(0).getTranslatedText()))
            .collect(Collectors.toList());
    return CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
        .thenApply(done -> futures.stream().map(CompletableFuture::join).toList())
        .whenComplete((result, error) -> client.close());
  }
}
