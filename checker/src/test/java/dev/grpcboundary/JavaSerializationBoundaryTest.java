package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Plain Java serialization: Serializable lambdas, classes and serializing calls. */
@RunWith(JUnit4.class)
public final class JavaSerializationBoundaryTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void intersectionCastLambdaCapturesChannel() {
    helper
        .addSourceLines(
            "Tasks.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;
            import java.util.function.Supplier;

            class Tasks {
              Supplier<String> task(ManagedChannel channel) {
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (`Supplier`) that is serialized to cross into another process: serialization fails with `java.io.NotSerializableException`. Ship configuration instead
                return (Supplier<String> & Serializable) () -> channel.authority();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableCallableTaskHoldsClient() {
    helper
        .addSourceLines(
            "Task.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import java.io.Serializable;
            import java.util.concurrent.Callable;

            class Task implements Callable<String>, Serializable {
              // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client) is a field of class `Task`, which is serialized to cross into another process
              private final Publisher publisher;

              Task(Publisher publisher) {
                this.publisher = publisher;
              }

              @Override
              public String call() {
                return publisher.getTopicNameString();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void writeObjectOfClient() {
    helper
        .addSourceLines(
            "Saver.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.IOException;
            import java.io.ObjectOutputStream;

            class Saver {
              void save(ObjectOutputStream out, ManagedChannel channel, String target) throws IOException {
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is passed to `ObjectOutputStream.writeObject`, which serializes it
                out.writeObject(channel);
                out.writeObject(target);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializingMethodFromFlag() {
    helper
        .setArgs("-XepOpt:GrpcBoundary:SerializingMethods=com.example.Cluster#submit")
        .addSourceLines(
            "com/example/Cluster.java",
            """
            package com.example;

            public class Cluster {
              public void submit(Object task) {}

              public void local(Object task) {}
            }
            """)
        .addSourceLines(
            "com/example/Job.java",
            """
            package com.example;

            import io.grpc.ManagedChannel;

            class Job {
              void run(Cluster cluster, ManagedChannel channel) {
                // BUG: Diagnostic contains: is passed to `Cluster.submit`, which serializes it
                cluster.submit(channel);
                cluster.local(channel);
                // A lambda passed to a serializing method is shipped even without a Serializable type.
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda passed to `Cluster.submit`
                cluster.submit((Runnable) () -> channel.shutdown());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void readObjectRebuildsTransientClient_noFinding() {
    helper
        .addSourceLines(
            "Fn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.IOException;
            import java.io.ObjectInputStream;
            import java.io.Serializable;

            class Fn implements Serializable {
              private final String project;
              private transient TranslationServiceClient client;

              Fn(String project) throws IOException {
                this.project = project;
                this.client = TranslationServiceClient.create();
              }

              private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
                in.defaultReadObject();
                client = TranslationServiceClient.create();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void classWithWriteReplaceDecidesWhatIsWritten_noFinding() {
    helper
        .addSourceLines(
            "Handle.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;

            class Handle implements Serializable {
              private final ManagedChannel channel;
              private final String target;

              Handle(ManagedChannel channel, String target) {
                this.channel = channel;
                this.target = target;
              }

              private Object writeReplace() {
                return target;
              }
            }
            """)
        .doTest();
  }

  @Test
  public void exceptionsAndEnumsAreNotShipped_noFinding() {
    helper
        .addSourceLines(
            "Types.java",
            """
            import io.grpc.ManagedChannel;

            class Types {
              static class CallFailed extends RuntimeException {
                final transient ManagedChannel channel;
                final ManagedChannel other;

                CallFailed(ManagedChannel channel) {
                  this.channel = channel;
                  this.other = channel;
                }
              }

              enum Backend {
                PRIMARY;
                ManagedChannel channel;
              }
            }
            """)
        .doTest();
  }

  @Test
  public void malformedFlagValueIsOneErrorNamingFlagAndForm() {
    helper
        .setArgs("-XepOpt:GrpcBoundary:SerializingMethods=com.example.Cluster.submit")
        .addSourceLines(
            "First.java",
            """
            // BUG: Diagnostic contains: Invalid value for -XepOpt:GrpcBoundary:SerializingMethods: 'com.example.Cluster.submit' is malformed. Expected a comma-separated list of Type#method entries with fully qualified type names, for example -XepOpt:GrpcBoundary:SerializingMethods=com.example.Cluster#submit,com.example.Cache#put
            class First {}
            """)
        .addSourceLines(
            "Second.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;

            // Reported once per compilation; the checks analyze nothing else with bad flags.
            class Second implements Serializable {
              ManagedChannel channel;
            }
            """)
        .doTest();
  }

  @Test
  public void pageFetcherIsSerializableButNeverShipped_noFinding() {
    helper
        .addSourceLines(
            "Admin.java",
            """
            import com.google.cloud.PageImpl;
            import io.grpc.ManagedChannel;

            class Admin {
              private final ManagedChannel channel;

              Admin(ManagedChannel channel) {
                this.channel = channel;
              }

              /** NextPageFetcher is Serializable by inheritance; pages are fetched where listed. */
              PageImpl.NextPageFetcher<String> fetcher() {
                return new PageImpl.NextPageFetcher<String>() {
                  @Override
                  public com.google.api.gax.paging.Page<String> getNextPage() {
                    channel.authority();
                    return null;
                  }
                };
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableByInheritanceFromTypesNeverShipped_noFinding() {
    helper
        .addSourceLines(
            "TranslateServlet.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import javax.servlet.http.HttpServlet;

            /** A servlet lives in its container; only sessions are ever persisted. */
            class TranslateServlet extends HttpServlet {
              private final TranslationServiceClient client;

              TranslateServlet(TranslationServiceClient client) {
                this.client = client;
              }
            }
            """)
        .addSourceLines(
            "PublishServlet.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import jakarta.servlet.http.HttpServlet;

            class PublishServlet extends HttpServlet {
              private final transient Publisher publisher;

              PublishServlet(Publisher publisher) {
                this.publisher = publisher;
              }
            }
            """)
        .addSourceLines(
            "StatusPanel.java",
            """
            import io.grpc.ManagedChannel;
            import javax.swing.JPanel;

            /** Swing components are Serializable for bean persistence; they live in the UI. */
            class StatusPanel extends JPanel {
              private final ManagedChannel channel;

              StatusPanel(ManagedChannel channel) {
                this.channel = channel;
              }
            }
            """)
        .addSourceLines(
            "FanOut.java",
            """
            import io.grpc.ManagedChannel;
            import java.util.EventObject;
            import java.util.List;
            import java.util.concurrent.ForkJoinPool;
            import java.util.concurrent.RecursiveTask;

            /** Fork/join tasks and events stay in the process that makes them. */
            class FanOut {
              static class Pinged extends EventObject {
                final ManagedChannel channel;

                Pinged(Object source, ManagedChannel channel) {
                  super(source);
                  this.channel = channel;
                }
              }

              static class CountTask extends RecursiveTask<Integer> {
                final ManagedChannel channel;

                CountTask(ManagedChannel channel) {
                  this.channel = channel;
                }

                @Override
                protected Integer compute() {
                  return channel.authority().length();
                }
              }

              int count(ManagedChannel channel, List<String> names) {
                return ForkJoinPool.commonPool()
                    .invoke(
                        new RecursiveTask<Integer>() {
                          @Override
                          protected Integer compute() {
                            return names.size() + channel.authority().length();
                          }
                        });
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableSubclassOfOrdinaryLibraryClassStillReported() {
    helper
        .addSourceLines(
            "Channels.java",
            """
            import io.grpc.ManagedChannel;
            import java.util.HashMap;

            class Channels extends HashMap<String, String> {
              // BUG: Diagnostic contains: `fallback` (ManagedChannel, a gRPC client) is a field of class `Channels`, which is serialized to cross into another process
              final ManagedChannel fallback;

              Channels(ManagedChannel fallback) {
                this.fallback = fallback;
              }
            }
            """)
        .doTest();
  }
}
