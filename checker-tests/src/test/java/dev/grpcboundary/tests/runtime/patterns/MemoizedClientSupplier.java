package dev.grpcboundary.tests.runtime.patterns;

import com.google.cloud.translate.v3.TranslationServiceClient;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.grpcboundary.tests.runtime.LoopbackClients;
import org.apache.spark.api.java.function.Function;

/**
 * Good (the cure for a driver-only static): a memoized supplier. The static holds a supplier, not
 * a client; each JVM's supplier creates that JVM's client on the first {@code get()}.
 */
public final class MemoizedClientSupplier {
  static final Supplier<TranslationServiceClient> CLIENT =
      Suppliers.memoize(LoopbackClients::translationClientFromSystemProperty);

  public static Function<String, String> toGerman() {
    return line -> LoopbackClients.translate(CLIENT.get(), "de", line);
  }

  private MemoizedClientSupplier() {}
}
