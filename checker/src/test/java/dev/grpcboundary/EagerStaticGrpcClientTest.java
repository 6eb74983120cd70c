package dev.grpcboundary;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public final class EagerStaticGrpcClientTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(EagerStaticGrpcClient.class, getClass());

  @Test
  public void staticFieldInitializerCreatesClient() {
    helper
        .addSourceLines(
            "Translator.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.IOException;
            import java.io.UncheckedIOException;

            public class Translator {
              // BUG: Diagnostic contains: The initializer of `CLIENT` creates a gRPC client (TranslationServiceClient) while class `Translator` is initialized. Class initialization runs before a CRaC checkpoint (which fails on open sockets: `CheckpointOpenSocketException`), during AWS Lambda SnapStart's init phase
              public static final TranslationServiceClient CLIENT = create();

              private static TranslationServiceClient create() {
                try {
                  return TranslationServiceClient.create();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }

              public static void main(String[] args) {}
            }
            """)
        .doTest();
  }

  @Test
  public void staticBlockChannelAndInterfaceConstant() {
    helper
        .addSourceLines(
            "Clients.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.util.List;

            class Clients {
              static ManagedChannel channel;
              // BUG: Diagnostic contains: The initializer of `POOL` creates a gRPC client (ManagedChannel) while class `Clients` is initialized
              static final List<ManagedChannel> POOL =
                  List.of(ManagedChannelBuilder.forTarget("a:1").build());

              static {
                // BUG: Diagnostic contains: A gRPC client (ManagedChannel) is created while class `Clients` is initialized
                channel = ManagedChannelBuilder.forTarget("localhost:50051").usePlaintext().build();
              }

              interface Defaults {
                // BUG: Diagnostic contains: The initializer of `CHANNEL` creates a gRPC client (ManagedChannel) while class `Defaults` is initialized
                ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("x:1").build();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void enumConstantsCreateClientsInConstructorAndFields() {
    helper
        .addSourceLines(
            "Backend.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            enum Backend {
              PRIMARY("primary:443"),
              SECONDARY("secondary:443");

              private final ManagedChannel channel;
              // BUG: Diagnostic contains: The initializer of `audit` creates a gRPC client (ManagedChannel) while class `Backend` is initialized
              private final ManagedChannel audit = ManagedChannelBuilder.forTarget("audit:443").build();

              Backend(String target) {
                // BUG: Diagnostic contains: A gRPC client (ManagedChannel) is created while class `Backend` is initialized
                channel = ManagedChannelBuilder.forTarget(target).build();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void lazyForms_noFinding() {
    helper
        .addSourceLines(
            "Lazy.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import com.google.cloud.translate.v3.TranslationServiceSettings;
            import com.google.common.base.Supplier;
            import com.google.common.base.Suppliers;
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.IOException;
            import java.util.Map;
            import java.util.concurrent.ConcurrentHashMap;
            import java.util.concurrent.TimeUnit;

            class Lazy {
              // Built on first get(), in the process that calls it.
              static final Supplier<TranslationServiceClient> CLIENT =
                  Suppliers.memoize(Lazy::createUnchecked);
              static final Supplier<ManagedChannel> CHANNEL =
                  Suppliers.memoizeWithExpiration(
                      () -> ManagedChannelBuilder.forTarget("x:1").build(), 10, TimeUnit.MINUTES);
              // An empty cache, filled per JVM, creates no client.
              static final Map<String, ManagedChannel> CHANNELS = new ConcurrentHashMap<>();
              // Builders and settings are configuration, not connections.
              static final ManagedChannelBuilder<?> BUILDER = ManagedChannelBuilder.forTarget("x:1");
              static TranslationServiceSettings settings;

              private static TranslationServiceClient client;

              static synchronized TranslationServiceClient client() throws IOException {
                if (client == null) {
                  client = TranslationServiceClient.create();
                }
                return client;
              }

              private static TranslationServiceClient createUnchecked() {
                try {
                  return TranslationServiceClient.create();
                } catch (IOException e) {
                  throw new RuntimeException(e);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void holderClass_noFinding() {
    helper
        .addSourceLines(
            "Service.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.IOException;
            import java.io.UncheckedIOException;

            class Service {
              private static final class ChannelHolder {
                static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget(TARGET).build();
              }

              private static final class ClientHolder {
                private static final String PROJECT = "projects/p";
                static final TranslationServiceClient CLIENT = create();

                private static TranslationServiceClient create() {
                  try {
                    return TranslationServiceClient.create();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }

                private ClientHolder() {}
              }

              private static final String TARGET = "localhost:50051";
            }
            """)
        .doTest();
  }

  @Test
  public void classWithOtherReasonsToInitializeIsNotAHolder() {
    helper
        .addSourceLines(
            "Main.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            class Main {
              static class NotAHolder implements Runnable {
                // BUG: Diagnostic contains: while class `NotAHolder` is initialized
                static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("x:1").build();

                @Override
                public void run() {}
              }

              static class PublicApi {
                // BUG: Diagnostic contains: while class `PublicApi` is initialized
                static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("x:1").build();

                public static void ping() {}
              }
            }
            """)
        .doTest();
  }

  @Test
  public void privateStaticFieldBecomesHolder() {
    String output =
        """
        import com.google.cloud.translate.v3.TranslationServiceClient;
        import io.grpc.ManagedChannel;
        import io.grpc.ManagedChannelBuilder;

        public class Translator {
          private static final String TARGET = "localhost:50051";
          private static final class TranslateChannelHolder {
            static final ManagedChannel TRANSLATE_CHANNEL = ManagedChannelBuilder.forTarget(TARGET).build();
          }

          public static String authority() {
            return TranslateChannelHolder.TRANSLATE_CHANNEL.authority() + Translator.TranslateChannelHolder.TRANSLATE_CHANNEL.isShutdown();
          }

          public static void main(String[] args) {
            System.out.println(authority());
          }
        }
        """;
    BugCheckerRefactoringTestHelper.newInstance(EagerStaticGrpcClient.class, getClass())
        .addInputLines(
            "Translator.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            public class Translator {
              private static final String TARGET = "localhost:50051";
              private static final ManagedChannel TRANSLATE_CHANNEL = ManagedChannelBuilder.forTarget(TARGET).build();

              public static String authority() {
                return TRANSLATE_CHANNEL.authority() + Translator.TRANSLATE_CHANNEL.isShutdown();
              }

              public static void main(String[] args) {
                System.out.println(authority());
              }
            }
            """)
        .addOutputLines("Translator.java", output)
        .doTest(TestMode.TEXT_MATCH);
    helper.addSourceLines("Translator.java", output).expectNoDiagnostics().doTest();
  }

  @Test
  public void nonPrivateFieldGetsMessageOnly() {
    BugCheckerRefactoringTestHelper.newInstance(EagerStaticGrpcClient.class, getClass())
        .addInputLines(
            "Clients.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            public class Clients {
              public static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("x:1").build();
            }
            """)
        .expectUnchanged()
        .doTest();
  }

  @Test
  public void enumSingletonHolderIsLazy_noFinding() {
    helper
        .addSourceLines(
            "ChannelHolder.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            /** Initialized on the first use of INSTANCE, which is the first time the channel is wanted. */
            enum ChannelHolder {
              INSTANCE;

              private static final String TARGET = "translate.googleapis.com:443";

              final ManagedChannel channel = ManagedChannelBuilder.forTarget(TARGET).build();

              private ChannelHolder() {}
            }
            """)
        .doTest();
  }

  @Test
  public void enumSingletonWithStaticApiIsEager() {
    helper
        .addSourceLines(
            "Channels.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            enum Channels {
              INSTANCE;

              // BUG: Diagnostic contains: The initializer of `channel` creates a gRPC client (ManagedChannel) while class `Channels` is initialized
              final ManagedChannel channel = ManagedChannelBuilder.forTarget("t:443").build();

              /** Any caller of this static method initializes the enum, and connects. */
              static String describe() {
                return "channels";
              }
            }
            """)
        .doTest();
  }

  @Test
  public void enumWithTwoConstantsIsEager() {
    helper
        .addSourceLines(
            "Region.java",
            """
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            enum Region {
              EU,
              US;

              // BUG: Diagnostic contains: The initializer of `channel` creates a gRPC client (ManagedChannel) while class `Region` is initialized
              final ManagedChannel channel = ManagedChannelBuilder.forTarget(name() + ":443").build();
            }
            """)
        .doTest();
  }
}
