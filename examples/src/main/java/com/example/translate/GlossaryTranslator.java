package com.example.translate;

import com.google.cloud.translate.v3.LocationName;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Translates product names for the web shop; used by request handlers and by batch tools. */
public final class GlossaryTranslator {
  /**
   * BUG: the client is created when the class is initialized, i.e. the first time anything
   * touches {@code GlossaryTranslator} (even {@link #SUPPORTED_LANGUAGES}). It opens connections
   * and starts threads right then: in a CRaC checkpoint or a SnapStart snapshot, at native-image
   * build time, or in a tool that never translates anything. Create it lazily instead.
   */
  private static final TranslationServiceClient CLIENT = createClient();

  public static final List<String> SUPPORTED_LANGUAGES = List.of("de", "fr", "it");

  public static String translate(String productName, String targetLanguage) {
    return CLIENT
        .translateText(
            LocationName.of("my-project", "global").toString(),
            targetLanguage,
            List.of(productName))
        .getTranslations(0)
        .getTranslatedText();
  }

  private static TranslationServiceClient createClient() {
    try {
      return TranslationServiceClient.create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private GlossaryTranslator() {}
}
