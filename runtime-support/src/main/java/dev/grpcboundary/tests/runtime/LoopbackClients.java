package dev.grpcboundary.tests.runtime;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.cloud.translate.v3.TranslationServiceGrpc;
import com.google.cloud.translate.v3.TranslationServiceSettings;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds real clients for a {@link TranslateServer} from its target string (plaintext, no
 * credentials), the way a job builds them from configuration. What crosses a process boundary in
 * the good patterns is the string, never a client.
 */
public final class LoopbackClients {
  /**
   * The system property a per-JVM holder reads the server's target from: each JVM learns it from
   * its own configuration, as an executor would from its environment.
   */
  public static final String TARGET_PROPERTY = "grpcboundary.translate.target";

  /** The Translate v3 parent every request uses. */
  public static final String PARENT = "projects/runtime-test/locations/global";

  /** The GAX settings for the server at {@code target}: configuration, not a connection. */
  public static TranslationServiceSettings settings(String target) {
    try {
      return TranslationServiceSettings.newBuilder()
          .setCredentialsProvider(NoCredentialsProvider.create())
          .setTransportChannelProvider(
              InstantiatingGrpcChannelProvider.newBuilder()
                  .setEndpoint(target)
                  .setChannelConfigurator(ManagedChannelBuilder::usePlaintext)
                  .build())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real {@link TranslationServiceClient} (GAX) connected to the server at {@code target}. */
  public static TranslationServiceClient translationClient(String target) {
    try {
      return TranslationServiceClient.create(settings(target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The client in the target named by {@link #TARGET_PROPERTY} in this JVM. */
  public static TranslationServiceClient translationClientFromSystemProperty() {
    String target = System.getProperty(TARGET_PROPERTY);
    if (target == null) {
      throw new IllegalStateException("system property " + TARGET_PROPERTY + " is not set");
    }
    return translationClient(target);
  }

  /** A raw plaintext channel to the server at {@code target}. */
  public static ManagedChannel channel(String target) {
    return ManagedChannelBuilder.forTarget(target).usePlaintext().build();
  }

  /** One text translated with the GAX client. */
  public static String translate(TranslationServiceClient client, String language, String text) {
    return client
        .translateText(PARENT, language, List.of(text))
        .getTranslations(0)
        .getTranslatedText();
  }

  /** One text translated over a raw channel with the generated blocking stub. */
  public static String translate(ManagedChannel channel, String language, String text) {
    return TranslationServiceGrpc.newBlockingStub(channel)
        .translateText(
            TranslateTextRequest.newBuilder()
                .setParent(PARENT)
                .setTargetLanguageCode(language)
                .addContents(text)
                .build())
        .getTranslations(0)
        .getTranslatedText();
  }

  private LoopbackClients() {}
}
