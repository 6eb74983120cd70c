import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.util.List;

/** A parallel stream forks onto this JVM's ForkJoinPool; the client never leaves the process. */
public class ParallelStreamSharesClient {
  List<String> translate(TranslationServiceClient client, List<String> lines) {
    return lines.parallelStream()
        .map(
            line ->
                TranslateTextRequest.newBuilder()
                    .setParent("projects/my-project")
                    .setTargetLanguageCode("ko")
                    .addContents(line)
                    .build())
        .map(client::translateText)
        .map(response -> response.getTranslations(0).getTranslatedText())
        .toList();
  }
}
