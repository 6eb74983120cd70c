import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.translate.TranslateOptions;
import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.spark.api.java.JavaRDD;

/**
 * What a closure should capture instead of a client: strings, settings, builders, credentials and
 * ServiceOptions. None of these is a client (TranslationServiceSettings and ManagedChannelBuilder
 * open no connection; TranslateOptions keeps its service transient and rebuilds it lazily).
 */
public class ClosuresCapturingOnlyConfiguration {
  void translate(JavaRDD<String> lines, GoogleCredentials credentials) throws IOException {
    String parent = "projects/my-project/locations/global";
    String targetLanguage = "sv";
    TranslationServiceSettings settings =
        TranslationServiceSettings.newBuilder()
            .setCredentialsProvider(FixedCredentialsProvider.create(credentials))
            .build();
    lines.foreachPartition(
        (Iterator<String> partition) -> {
          try (TranslationServiceClient client = TranslationServiceClient.create(settings)) {
            partition.forEachRemaining(
                line -> client.translateText(parent, targetLanguage, List.of(line)));
          }
        });
  }

  PCollection<String> viaBuilder(PCollection<String> keys) {
    ManagedChannelBuilder<?> builder = ManagedChannelBuilder.forTarget("inventory.internal:443");
    return keys.apply(
        MapElements.into(TypeDescriptors.strings())
            .via(
                key -> {
                  ManagedChannel channel = builder.build();
                  try {
                    return key + "@" + channel.authority();
                  } finally {
                    channel.shutdownNow();
                  }
                }));
  }

  JavaRDD<String> createdInsideTheClosure(JavaRDD<String> lines) {
    return lines.map(
        line -> {
          try (TranslationServiceClient client = TranslationServiceClient.create()) {
            return client
                .translateText("projects/p", "fi", List.of(line))
                .getTranslations(0)
                .getTranslatedText();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  JavaRDD<String> viaServiceOptions(JavaRDD<String> lines, GoogleCredentials credentials) {
    TranslateOptions options = TranslateOptions.newBuilder().setCredentials(credentials).build();
    return lines.map(
        line ->
            options.getService().translate(line).getTranslatedText()
                + " (quota project "
                + credentials.getQuotaProjectId()
                + ")");
  }
}
