package dev.grpcboundary.tests.runtime;

import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslateTextResponse;
import com.google.cloud.translate.v3.Translation;
import com.google.cloud.translate.v3.TranslationServiceGrpc;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real Cloud Translation v3 gRPC service on a loopback port chosen by the OS, answering
 * deterministically: {@code "hello"} to German is {@code "[de] hello"}. The tests start one per
 * test class and stop it after.
 */
public final class TranslateServer implements AutoCloseable {
  private final Server server;
  private final AtomicInteger calls = new AtomicInteger();

  private TranslateServer() {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    this.server = NettyServerBuilder.forAddress(loopback).addService(new Service()).build();
  }

  /** Starts a server on an ephemeral loopback port. */
  public static TranslateServer start() {
    TranslateServer translate = new TranslateServer();
    try {
      translate.server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return translate;
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
  public void close() throws InterruptedException {
    server.shutdownNow();
    server.awaitTermination(10, TimeUnit.SECONDS);
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
