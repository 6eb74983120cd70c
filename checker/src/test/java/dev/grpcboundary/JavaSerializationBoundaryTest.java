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
}
