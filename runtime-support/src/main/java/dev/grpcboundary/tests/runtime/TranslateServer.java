package dev.grpcboundary.tests.runtime;

import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslateTextResponse;
import com.google.cloud.translate.v3.Translation;
import com.google.cloud.translate.v3.TranslationServiceGrpc;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.rules.ExternalResource;

/**
 * A real Cloud Translation v3 gRPC service on a loopback port chosen by the OS, answering
 * deterministically: {@code "hello"} to German is {@code "[de] hello"}. A JUnit class rule: each
 * test class declares {@code @ClassRule public static final TranslateServer server = new
 * TranslateServer();}, which starts it before the class's tests (and its {@code @BeforeClass}) and
 * stops it after them.
 */
public final class TranslateServer extends ExternalResource {
  private final Server server;
  private final AtomicInteger calls = new AtomicInteger();

  public TranslateServer() {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    this.server = NettyServerBuilder.forAddress(loopback).addService(new Service()).build();
  }

  @Override
  protected void before() throws IOException {
    server.start();
  }

  /** The translation this server gives {@code text} into {@code targetLanguage}. */
  public static String expected(String targetLanguage, String text) {
    return "[" + targetLanguage + "] " + text;
  }

  /** {@code host:port} of the server, for {@code ManagedChannelBuilder.forTarget} and GAX. */
  public String target() {
    return InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
  }

  /** TranslateText calls answered so far: evidence that a client reached this server. */
  public int calls() {
    return calls.get();
  }

  @Override
  protected void after() {
    server.shutdownNow();
    try {
      server.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Service extends TranslationServiceGrpc.TranslationServiceImplBase {
    @Override
    public void translateText(
        TranslateTextRequest request, StreamObserver<TranslateTextResponse> responses) {
      calls.incrementAndGet();
      TranslateTextResponse.Builder response = TranslateTextResponse.newBuilder();
      for (String text : request.getContentsList()) {
        response.addTranslations(
            Translation.newBuilder()
                .setTranslatedText(expected(request.getTargetLanguageCode(), text)));
      }
      responses.onNext(response.build());
      responses.onCompleted();
    }
  }
}
