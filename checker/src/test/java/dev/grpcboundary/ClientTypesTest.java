package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** What counts as a gRPC client: library types, relocated copies, holders and flags. */
@RunWith(JUnit4.class)
public final class ClientTypesTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void generatedStubAndRawChannelAndPublisher() {
    helper
        .addSourceLines(
            "Clients.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import com.google.cloud.translate.v3.TranslationServiceGrpc.TranslationServiceFutureStub;
            import io.grpc.Channel;
            import java.io.Serializable;

            class Clients implements Serializable {
              // BUG: Diagnostic contains: `stub` (TranslationServiceFutureStub, a gRPC client)
              TranslationServiceFutureStub stub;
              // BUG: Diagnostic contains: `channel` (Channel, a gRPC client)
              Channel channel;
              // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client)
              Publisher publisher;
              String topic;
            }
            """)
        .doTest();
  }

  @Test
  public void userWrapperHoldingClient() {
    helper
        .addSourceLines(
            "Translator.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;

            class Translator {
              private final TranslationServiceClient client;
              private final String project;

              Translator(TranslationServiceClient client, String project) {
                this.client = client;
                this.project = project;
              }
            }
            """)
        .addSourceLines(
            "Job.java",
            """
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(JavaRDD<String> lines, Translator translator) {
                // BUG: Diagnostic contains: `translator` (Translator, which holds a gRPC client: TranslationServiceClient in field `client`) is captured
                return lines.map(line -> translator + line);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void dataTypesAreNotLookedIntoButLibraryContainersAre() {
    // Protobuf messages and builders (MessageLiteOrBuilder) and JSON models are data: their fields
    // are not looked into, which spares reading their many field types. Containers from libraries
    // whose classes are otherwise not looked into (Guava) are still opened.
    helper
        .addSourceLines(
            "Shapes.java",
            """
            import com.google.protobuf.MessageLiteOrBuilder;
            import io.grpc.ManagedChannel;

            abstract class MessageLike implements MessageLiteOrBuilder {
              ManagedChannel channel;
            }

            class PlainHolder {
              ManagedChannel channel;
            }
            """)
        .addSourceLines(
            "Fn.java",
            """
            import com.google.common.base.Optional;
            import io.grpc.ManagedChannel;
            import java.io.Serializable;

            class Fn implements Serializable {
              MessageLike message;
              // BUG: Diagnostic contains: `holder` (PlainHolder, which holds a gRPC client
              PlainHolder holder;
              // BUG: Diagnostic contains: `maybeChannel` (Optional<ManagedChannel>
              Optional<ManagedChannel> maybeChannel;
            }
            """)
        .doTest();
  }

  @Test
  public void classesDeclaredInDataTypesAreData() {
    // A protobuf message's nested messages, builders and enums are generated with it: data, known
    // from the enclosing message without reading their own class files.
    helper
        .addSourceLines(
            "MessageLike.java",
            """
            import com.google.protobuf.MessageLiteOrBuilder;
            import io.grpc.ManagedChannel;

            abstract class MessageLike implements MessageLiteOrBuilder {
              static class Nested {
                ManagedChannel channel;
              }
            }
            """)
        .addSourceLines(
            "Fn.java",
            """
            import com.google.protobuf.DescriptorProtos.DescriptorProto;
            import io.grpc.ManagedChannel;
            import java.io.Serializable;

            class Fn implements Serializable {
              DescriptorProto.ExtensionRange range;
              MessageLike.Nested nested;

              static class Plain {
                ManagedChannel channel;
              }

              // BUG: Diagnostic contains: `plain` (Plain, which holds a gRPC client
              Plain plain;
            }
            """)
        .doTest();
  }

  @Test
  public void enumsAreNoClientsEvenWhenTheyImplementOne() {
    // Enum constants are serialized by name, and each JVM has its own: an enum never takes a client
    // across, whatever it implements or holds.
    helper
        .addSourceLines(
            "Fn.java",
            """
            import com.google.api.gax.core.BackgroundResource;
            import java.io.Serializable;
            import java.util.concurrent.TimeUnit;

            class Fn implements Serializable {
              enum Shared implements BackgroundResource {
                INSTANCE;

                @Override
                public void shutdown() {}

                @Override
                public boolean isShutdown() {
                  return false;
                }

                @Override
                public void shutdownNow() {}

                @Override
                public boolean isTerminated() {
                  return false;
                }

                @Override
                public boolean awaitTermination(long duration, TimeUnit unit) {
                  return true;
                }

                @Override
                public void close() {}
              }

              Shared shared;
              // BUG: Diagnostic contains: `resource` (BackgroundResource, a gRPC client)
              BackgroundResource resource;
            }
            """)
        .doTest();
  }

  @Test
  public void opaqueContainersAreAnsweredFromTheirTypeArguments() {
    // Guava's classes are no clients and are not looked into: only their type arguments can hold
    // one, so a container of plain data is answered without reading Guava's classes.
    helper
        .addSourceLines(
            "PlainHolder.java",
            """
            import io.grpc.ManagedChannel;

            class PlainHolder {
              ManagedChannel channel;
            }
            """)
        .addSourceLines(
            "Fn.java",
            """
            import com.google.common.collect.ImmutableList;
            import com.google.common.collect.ImmutableMap;
            import io.grpc.ManagedChannel;
            import java.io.Serializable;
            import java.util.List;

            class Fn<T extends Comparable<T>> implements Serializable {
              // BUG: Diagnostic contains: `nested` (ImmutableList<ImmutableMap<String, ManagedChannel>>
              ImmutableList<ImmutableMap<String, ManagedChannel>> nested;
              // BUG: Diagnostic contains: `holders` (ImmutableList<PlainHolder>, which holds gRPC clients: ManagedChannel elements in field `channel`)
              ImmutableList<PlainHolder> holders;
              ImmutableList<String> names;
              ImmutableMap<String, List<Integer>> numbers;
              ImmutableList<T> sorted;
              ImmutableList<? super ManagedChannel> sink;
            }
            """)
        .doTest();
  }

  @Test
  public void clientRootInsideAnOpaqueLibraryIsStillAClient() {
    helper
        .setArgs("-XepOpt:GrpcBoundary:ClientTypes=com.google.common.util.concurrent.Service")
        .addSourceLines(
            "Fn.java",
            """
            import com.google.common.collect.ImmutableList;
            import com.google.common.util.concurrent.AbstractIdleService;
            import java.io.Serializable;

            class Fn implements Serializable {
              // BUG: Diagnostic contains: `service` (AbstractIdleService, a gRPC client)
              AbstractIdleService service;
              // BUG: Diagnostic contains: `services` (ImmutableList<AbstractIdleService>
              ImmutableList<AbstractIdleService> services;
            }
            """)
        .doTest();
  }

  @Test
  public void containersOfStubs() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceGrpc.TranslationServiceBlockingStub;
            import io.grpc.ManagedChannel;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.concurrent.atomic.AtomicReference;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              void run(
                  JavaRDD<String> lines,
                  List<TranslationServiceBlockingStub> stubs,
                  Map<String, ? extends ManagedChannel> channels,
                  Optional<ManagedChannel> maybe,
                  AtomicReference<ManagedChannel> ref,
                  ManagedChannel[] array,
                  List<String> names) {
                lines.foreach(
                    line -> {
                      // BUG: Diagnostic contains: `stubs` (List<TranslationServiceBlockingStub>, which holds gRPC clients: TranslationServiceBlockingStub elements)
                      stubs.size();
                      // BUG: Diagnostic contains: `channels` (Map<String, ? extends ManagedChannel>, which holds gRPC clients: ManagedChannel elements)
                      channels.size();
                      // BUG: Diagnostic contains: `maybe`
                      maybe.isPresent();
                      // BUG: Diagnostic contains: `ref`
                      ref.get();
                      // BUG: Diagnostic contains: `array` (ManagedChannel[], which holds gRPC clients: ManagedChannel elements)
                      System.out.println(array.length);
                      names.size();
                    });
              }
            }
            """)
        .doTest();
  }

  @Test
  public void nestedHolderReportsFieldPath() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;
            import java.util.List;

            class Job {
              static class Inner {
                List<ManagedChannel> channels;
              }

              static class Outer implements Serializable {
                // BUG: Diagnostic contains: `inner` (Inner, which holds gRPC clients: ManagedChannel elements in field `channels`)
                Inner inner;
              }
            }
            """)
        .doTest();
  }

  @Test
  public void recursiveHolderTerminates() {
    helper
        .addSourceLines(
            "Node.java",
            """
            import java.io.Serializable;

            class Node implements Serializable {
              Node next;
              Node previous;
              String value;
            }
            """)
        .doTest();
  }

  @Test
  public void genericBoxOfClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;

            class Job {
              static class Box<T> {
                T value;
              }

              static class Fn implements Serializable {
                // BUG: Diagnostic contains: `box` (Box<ManagedChannel>, which holds a gRPC client: ManagedChannel in field `value`)
                Box<ManagedChannel> box;
                Box<String> names;
              }
            }
            """)
        .doTest();
  }

  @Test
  public void typeArgumentsMatterOnlyThroughFieldsDeclaredWithTypeVariables() {
    // Answers for parameterized types are shared across their type arguments only when no field
    // is declared with a type variable: asking about Box<String> first must not hide
    // Box<ManagedChannel>, and Tagged<String> holds a client whatever its argument.
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;
            import java.util.List;

            class Job {
              static class Box<T> {
                List<T> values;
              }

              static class Tagged<T> {
                ManagedChannel channel;
              }

              static class Plain<T> {
                String name;
              }

              static class Fn implements Serializable {
                Box<String> names;
                // BUG: Diagnostic contains: `channels` (Box<ManagedChannel>, which holds gRPC clients
                Box<ManagedChannel> channels;
                Plain<ManagedChannel> plain;
                // BUG: Diagnostic contains: `first` (Tagged<String>, which holds a gRPC client
                Tagged<String> first;
                // BUG: Diagnostic contains: `second` (Tagged<Integer>, which holds a gRPC client
                Tagged<Integer> second;
              }
            }
            """)
        .doTest();
  }

  @Test
  public void suppliersAndBuildersAreNotClients_noFinding() {
    helper
        .addSourceLines(
            "Fn.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import com.google.cloud.translate.v3.TranslationServiceSettings;
            import io.grpc.ManagedChannelBuilder;
            import java.io.Serializable;
            import java.util.function.Supplier;

            class Fn implements Serializable {
              Supplier<TranslationServiceClient> factory;
              TranslationServiceSettings settings;
              ManagedChannelBuilder<?> builder;
              transient TranslationServiceClient client;
              static TranslationServiceClient shared;
            }
            """)
        .doTest();
  }

  @Test
  public void extraClientTypeFromFlag() {
    helper
        .setArgs("-XepOpt:GrpcBoundary:ClientTypes=com.example.LegacyClient")
        .addSourceLines(
            "com/example/LegacyClient.java",
            """
            package com.example;

            public class LegacyClient {}
            """)
        .addSourceLines(
            "com/example/Fn.java",
            """
            package com.example;

            import java.io.Serializable;

            class Fn implements Serializable {
              // BUG: Diagnostic contains: `client` (LegacyClient, a gRPC client)
              LegacyClient client;
            }
            """)
        .doTest();
  }

  @Test
  public void ignoredTypeFromFlag_noFinding() {
    helper
        .setArgs("-XepOpt:GrpcBoundary:IgnoredTypes=io.grpc.ManagedChannel")
        .addSourceLines(
            "Fn.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;

            class Fn implements Serializable {
              ManagedChannel channel;
            }
            """)
        .doTest();
  }

  /**
   * Regression: javac died with a StackOverflowError on Flink's and Beam's core. The bound of `T`
   * is an intersection that names `T` again, through an opaque JDK type whose type arguments were
   * followed for ever.
   */
  @Test
  public void typeVariableBoundedByIntersectionNamingItself_noFindingAndNoCrash() {
    helper
        .addSourceLines(
            "Sorted.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;
            import java.util.Collection;
            import java.util.Collections;

            class Sorted<T extends Object & Comparable<T>> implements Serializable {
              T max;
              Class<T> type;

              static <C extends Object & Comparable<? super C>> C largest(Collection<C> all) {
                Runnable task = (Runnable & Serializable) () -> all.size();
                return Collections.max(all);
              }
            }
            """)
        .addSourceLines(
            "Holder.java",
            """
            import io.grpc.ManagedChannel;
            import java.io.Serializable;
            import java.util.Optional;

            class Holder<T extends Object & Comparable<T>> implements Serializable {
              // BUG: Diagnostic contains: `channels` (Optional<ManagedChannel>, which holds gRPC clients: ManagedChannel elements)
              Optional<ManagedChannel> channels;
              T key;
            }
            """)
        .doTest();
  }
}
