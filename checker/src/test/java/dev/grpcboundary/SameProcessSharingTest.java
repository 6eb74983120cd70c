package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Sharing one client between threads of one process is what gRPC clients are built for, and must
 * never be flagged, however many lambdas and anonymous classes are involved.
 */
@RunWith(JUnit4.class)
public final class SameProcessSharingTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void threadPoolsFuturesAndParallelStreamsShareClient_noFinding() {
    helper
        .addSourceLines(
            "Service.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import java.util.function.Supplier;

            class Service {
              private final TranslationServiceClient client;
              private final ExecutorService pool = Executors.newFixedThreadPool(4);

              Service(TranslationServiceClient client) {
                this.client = client;
              }

              void run(List<String> lines) throws Exception {
                pool.submit(() -> client.translateText("p", "de", lines));
                pool.submit(
                    new Callable<Object>() {
                      @Override
                      public Object call() {
                        return client.translateText("p", "de", lines);
                      }
                    });
                CompletableFuture.supplyAsync(() -> client.translateText("p", "de", lines), pool);
                lines.parallelStream().map(line -> client.translateText("p", "de", List.of(line))).count();
                Supplier<Object> settings = client::getSettings;
                new Thread(() -> client.close()).start();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void lazyPerJvmHolder_noFinding() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              private static final class ClientHolder {
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

              JavaRDD<String> run(JavaRDD<String> lines) {
                return lines.map(
                    line -> ClientHolder.CLIENT.translateText("p", "de", List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }
}
