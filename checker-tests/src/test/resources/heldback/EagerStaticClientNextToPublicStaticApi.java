// Flags: -Xep:EagerStaticGrpcClient:WARN
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Shape E, positive. Looks like a holder but is a utility class: besides the static client it has
 * public static API ({@code isSupported}) that does not need the client. Calling
 * {@code TranslationUtil.isSupported("de")} (from a validator, a CLI, a test) initializes the
 * class and connects the client. The client is created eagerly, at class initialization.
 */
public final class EagerStaticClientNextToPublicStaticApi {
  private static final Set<String> SUPPORTED = Set.of("de", "fr", "es");

  // BUG: Diagnostic contains: The initializer of `CLIENT` creates a gRPC client (TranslationServiceClient) while class `EagerStaticClientNextToPublicStaticApi` is initialized
  private static final TranslationServiceClient CLIENT = create();

  private static TranslationServiceClient create() {
    try {
      return TranslationServiceClient.create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean isSupported(String language) {
    return SUPPORTED.contains(language);
  }

  public static String translate(String text, String language) {
    return CLIENT.translateText("projects/p", language, List.of(text)).getTranslations(0).getTranslatedText();
  }

  private EagerStaticClientNextToPublicStaticApi() {}
}
