package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Spark closures, UDFs and broadcasts shipped to executors. */
@RunWith(JUnit4.class)
public final class SparkBoundaryTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass());

  @Test
  public void sparkMapCapturesLocalClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(JavaRDD<String> lines) throws Exception {
                TranslationServiceClient client = TranslationServiceClient.create();
                return lines.map(
                    line ->
                        // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors:
                        client.translateText("projects/p", "de", List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkForeachCapturesParameterChannel() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.grpc.ManagedChannel;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              void run(JavaRDD<String> lines, ManagedChannel channel) {
                lines.foreach(
                    line -> {
                      // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured by a lambda (Spark `VoidFunction`)
                      System.out.println(channel.authority() + line);
                      // Only the first use of a variable is reported.
                      System.out.println(channel.authority());
                    });
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkNestedLambdaUseIsCapturedByOuterClosure() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              void run(JavaRDD<String> lines, TranslationServiceClient client) {
                lines.foreachPartition(
                    (Iterator<String> partition) ->
                        partition.forEachRemaining(
                            line ->
                                // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Spark `VoidFunction`)
                                client.translateText("projects/p", "de", List.of(line))));
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkMapPartitionsCreatesClient_noFinding() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.ArrayList;
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(JavaRDD<String> lines, String project) {
                return lines.mapPartitions(
                    (Iterator<String> partition) -> {
                      List<String> out = new ArrayList<>();
                      try (TranslationServiceClient client = TranslationServiceClient.create()) {
                        partition.forEachRemaining(
                            line -> out.add(client.translateText(project, "de", List.of(line)).toString()));
                      }
                      return out.iterator();
                    });
              }
            }
            """)
        .doTest();
  }

  @Test
  public void holdersBuiltInsidePartitions_onlyWhereNoOtherFileCanBuildThem() {
    // Helper and Base are built inside mapPartitions only, in their package. Base has a public
    // subclass that another package builds on the driver, so a Base does cross; Helper does not.
    helper
        .addSourceLines(
            "jobs/Helper.java",
            """
            package jobs;

            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.Serializable;

            class Helper implements Serializable {
              final ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
            }
            """)
        .addSourceLines(
            "jobs/Base.java",
            """
            package jobs;

            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.Serializable;

            class Base implements Serializable {
              // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a field of class `Base`
              final ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
            }
            """)
        .addSourceLines(
            "jobs/PublicChild.java",
            """
            package jobs;

            public class PublicChild extends Base {}
            """)
        .addSourceLines(
            "jobs/Job.java",
            """
            package jobs;

            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(JavaRDD<String> lines) {
                return lines.mapPartitions(
                    partition -> {
                      Helper helper = new Helper();
                      Base base = new Base();
                      return List.of(helper.channel.authority(), base.channel.authority()).iterator();
                    });
              }
            }
            """)
        .addSourceLines(
            "other/Driver.java",
            """
            package other;

            import jobs.PublicChild;

            class Driver {
              Object make() {
                return new PublicChild();
              }
            }
            """)
        .doTest();
  }

  private static final String PARTITION_JOB =
      """
      package psl;

      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;

      class PartitionJob {
        JavaRDD<String> run(JavaRDD<String> partitions, Options options) {
          return partitions.map(partition -> options.subscriberFactory().open(partition));
        }
      }
      """;

  @Test
  public void helperOnlyCalledInShippedCode_buildsItsFunctionOnTheExecutor_noFinding() {
    // As in Pub/Sub Lite's Spark connector: a package-private helper returns a Serializable lambda
    // that captures a client; only code on the executor (there createReader, here a shipped map
    // function) calls it, so the lambda is built and used there.
    helper
        .addSourceLines(
            "psl/Options.java",
            """
            package psl;

            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.Serializable;

            class Options implements Serializable {
              interface SubscriberFactory extends Serializable {
                String open(String partition);
              }

              SubscriberFactory subscriberFactory() {
                ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
                return partition -> partition + channel.authority();
              }
            }
            """)
        .addSourceLines("psl/PartitionJob.java", PARTITION_JOB)
        // A public subclass does not make the package-private helper callable from elsewhere.
        .addSourceLines(
            "psl/PublicOptions.java",
            """
            package psl;

            public class PublicOptions extends Options {}
            """)
        .doTest();
  }

  @Test
  public void publicHelperOfPackagePrivateClass_onlyUsedInShippedCode_noFinding() {
    // A public method of a package-private class can only be called from its package (no public
    // subclass exposes it here), next to a package-info file.
    helper
        .addSourceLines(
            "psl/package-info.java",
            """
            /** Connectors. */
            package psl;
            """)
        .addSourceLines(
            "psl/Options.java",
            """
            package psl;

            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.Serializable;

            class Options implements Serializable {
              interface SubscriberFactory extends Serializable {
                String open(String partition);
              }

              public SubscriberFactory subscriberFactory() {
                ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
                return partition -> partition + channel.authority();
              }
            }
            """)
        .addSourceLines("psl/PartitionJob.java", PARTITION_JOB)
        .doTest();
  }

  @Test
  public void publicHelperExposedByPublicSubclassOrImplementer_isReported() {
    // A public subclass (or a public class implementing an interface) inherits the public helper,
    // so code outside the compilation can call it, on the driver too.
    helper
        .addSourceLines(
            "psl/Options.java",
            """
            package psl;

            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.Serializable;

            class Options implements Serializable {
              interface SubscriberFactory extends Serializable {
                String open(String partition);
              }

              public SubscriberFactory subscriberFactory() {
                ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured
                return partition -> partition + channel.authority();
              }
            }
            """)
        .addSourceLines("psl/PartitionJob.java", PARTITION_JOB)
        .addSourceLines(
            "psl/PublicOptions.java",
            """
            package psl;

            public class PublicOptions extends Options {}
            """)
        .addSourceLines(
            "psl/Factories.java",
            """
            package psl;

            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.util.function.Function;
            import org.apache.spark.api.java.JavaRDD;

            interface Factories {
              default Options.SubscriberFactory factory() {
                ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured
                return partition -> partition + channel.authority();
              }

              default JavaRDD<String> run(JavaRDD<String> partitions) {
                return partitions.map(partition -> factory().open(partition));
              }
            }
            """)
        .addSourceLines(
            "psl/PublicFactories.java",
            """
            package psl;

            public class PublicFactories implements Factories {}
            """)
        .doTest();
  }

  @Test
  public void helperAlsoCalledOnTheDriver_orCallableFromElsewhere_isReported() {
    helper
        .addSourceLines(
            "psl/Options.java",
            """
            package psl;

            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;
            import java.io.Serializable;

            public class Options implements Serializable {
              public interface SubscriberFactory extends Serializable {
                String open(String partition);
              }

              SubscriberFactory subscriberFactory() {
                ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured
                return partition -> partition + channel.authority();
              }

              public SubscriberFactory publicFactory() {
                ManagedChannel channel = ManagedChannelBuilder.forTarget("localhost:1").build();
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is captured
                return partition -> partition + channel.authority();
              }
            }
            """)
        .addSourceLines("psl/PartitionJob.java", PARTITION_JOB)
        .addSourceLines(
            "psl/Driver.java",
            """
            package psl;

            class Driver {
              Object plan(Options options) {
                options.publicFactory();
                return options.subscriberFactory();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkDatasetMapFunctionCapturesClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.dialogflow.cx.v3.SessionsClient;
            import org.apache.spark.api.java.function.MapFunction;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Encoders;

            class Job {
              Dataset<String> run(Dataset<String> utterances, SessionsClient sessions) {
                return utterances.map(
                    (MapFunction<String, String>)
                        // BUG: Diagnostic contains: `sessions` (SessionsClient, a gRPC client) is captured by a lambda (Spark `MapFunction`) that Spark serializes
                        text -> sessions.getSettings().toString() + text,
                    Encoders.STRING());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkUdfCapturesClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.util.List;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.api.java.UDF1;
            import org.apache.spark.sql.types.DataTypes;

            class Job {
              void register(SparkSession spark, TranslationServiceClient client) {
                spark
                    .udf()
                    .register(
                        "translate",
                        (UDF1<String, String>)
                            text ->
                                // BUG: Diagnostic contains: captured by a lambda (Spark `UDF1`) that Spark serializes
                                client.translateText("projects/p", "de", List.of(text)).toString(),
                        DataTypes.StringType);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkBroadcastOfClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.grpc.ManagedChannel;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext context, ManagedChannel channel, String endpoint) {
                // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is passed to `JavaSparkContext.broadcast`, which serializes it
                context.broadcast(channel);
                context.broadcast(endpoint);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkClosureCapturingOnlyConfiguration_noFinding() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceSettings;
            import io.grpc.ManagedChannelBuilder;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<String> run(
                  JavaRDD<String> lines,
                  String endpoint,
                  TranslationServiceSettings settings,
                  ManagedChannelBuilder<?> builder) {
                return lines.map(line -> endpoint + settings + builder + line);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkLambdaReadsClientFieldThroughThis() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.Serializable;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Job implements Serializable {
              private transient String unused;
              // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `Job`, which is serialized
              private final TranslationServiceClient client;

              Job(TranslationServiceClient client) {
                this.client = client;
              }

              JavaRDD<String> run(JavaRDD<String> lines) {
                return lines.map(
                    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is read through `this` by a lambda (Spark `Function`) that Spark serializes and ships to executors, so the enclosing `Job` is serialized with it
                    line -> client.translateText("p", "de", List.of(line)).toString());
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkLambdaCallsInstanceMethodOfClientHolder() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import io.grpc.ManagedChannel;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              private final ManagedChannel channel;

              Job(ManagedChannel channel) {
                this.channel = channel;
              }

              String format(String line) {
                return line.trim();
              }

              JavaRDD<String> run(JavaRDD<String> lines) {
                // BUG: Diagnostic contains: A lambda (Spark `Function`) that Spark serializes and ships to executors uses `this` (Job, which holds a gRPC client: ManagedChannel in field `channel`), so the enclosing object is serialized with it
                return lines.map(line -> format(line));
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkLambdaUsesThisWithoutClient_noFinding() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import java.io.Serializable;
            import org.apache.spark.api.java.JavaRDD;

            class Job implements Serializable {
              private final String prefix = "x";

              JavaRDD<String> run(JavaRDD<String> lines) {
                return lines.map(line -> prefix + line);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void sparkBoundMethodReferenceToClient() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.translate.v3.TranslateTextRequest;
            import com.google.cloud.translate.v3.TranslateTextResponse;
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              JavaRDD<TranslateTextResponse> run(
                  JavaRDD<TranslateTextRequest> requests, TranslationServiceClient client) {
                // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is the bound receiver of a method reference (Spark `Function`) that Spark serializes
                return requests.map(client::translateText);
              }

              JavaRDD<String> unbound(JavaRDD<TranslateTextRequest> requests) {
                return requests.map(TranslateTextRequest::getParent);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableDriverClassWhoseClosuresLeaveItBehind_noFinding() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import com.google.pubsub.v1.PubsubMessage;
            import java.io.Serializable;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.api.java.function.Function;

            /**
             * Made Serializable once to silence "Task not serializable"; its closures no longer use
             * `this`, so the clients stay on the driver.
             */
            class Job implements Serializable {
              private final TranslationServiceClient client;
              private final transient Publisher publisher;
              private final String suffix = "!";

              Job(TranslationServiceClient client, Publisher publisher) {
                this.client = client;
                this.publisher = publisher;
              }

              long run(JavaSparkContext sc, JavaRDD<String> lines) {
                String suffix = this.suffix;
                long count = lines.map(line -> line + suffix).map(Job::trim).count();
                lines.map(new Upper()).count();
                sc.broadcast(suffix);
                publisher.publish(PubsubMessage.newBuilder().build());
                client.close();
                return count;
              }

              static String trim(String line) {
                return line.trim();
              }

              static class Upper implements Function<String, String> {
                @Override
                public String call(String line) {
                  return line.toUpperCase();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableDriverClassTakenAlongByItsOwnClosures_isReported() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.Serializable;
            import org.apache.spark.api.java.JavaRDD;

            class Job implements Serializable {
              // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `Job`, which is serialized to cross into another process
              private final TranslationServiceClient client;
              // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client) is a transient field of class `Job`
              private final transient Publisher publisher;

              Job(TranslationServiceClient client, Publisher publisher) {
                this.client = client;
                this.publisher = publisher;
              }

              long run(JavaRDD<String> lines) {
                // BUG: Diagnostic contains: `this` (Job, which holds a gRPC client: TranslationServiceClient in field `client`) is the bound receiver of a method reference
                return lines.map(this::tag).count();
              }

              String tag(String line) {
                return line + publisher.getTopicNameString();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void streamingContextFactoryAndForeachRddRunOnDriver_partitionsAreShipped() {
    helper
        .addSourceLines(
            "Streaming.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import com.google.pubsub.v1.PubsubMessage;
            import org.apache.spark.SparkConf;
            import org.apache.spark.streaming.Durations;
            import org.apache.spark.streaming.api.java.JavaDStream;
            import org.apache.spark.streaming.api.java.JavaStreamingContext;

            class Streaming {
              static JavaStreamingContext context(String checkpoint, Publisher publisher) {
                return JavaStreamingContext.getOrCreate(
                    checkpoint,
                    () -> {
                      publisher.publish(PubsubMessage.newBuilder().putAttributes("start", "fresh").build());
                      return new JavaStreamingContext(new SparkConf(), Durations.seconds(10));
                    });
              }

              static void run(JavaDStream<String> lines, Publisher publisher) {
                lines.foreachRDD(
                    rdd -> {
                      long count = rdd.count();
                      publisher.publish(
                          PubsubMessage.newBuilder().putAttributes("count", "" + count).build());
                      rdd.foreachPartition(
                          partition ->
                              partition.forEachRemaining(
                                  // BUG: Diagnostic contains: `publisher` (Publisher, a gRPC client) is captured by a lambda (Spark `VoidFunction`) that Spark serializes and ships to executors
                                  line -> publisher.publish(PubsubMessage.newBuilder().build())));
                    });
              }
            }
            """)
        .doTest();
  }

  @Test
  public void dataSourceScansPlanOnDriver_readerFactoriesAreShipped() {
    helper
        .addSourceLines(
            "Scans.java",
            """
            import com.google.cloud.spanner.BatchClient;
            import com.google.cloud.spanner.DatabaseId;
            import com.google.cloud.spanner.SpannerOptions;
            import com.google.cloud.spanner.TimestampBound;
            import java.io.Serializable;
            import org.apache.spark.api.java.function.Function;
            import org.apache.spark.sql.catalyst.InternalRow;
            import org.apache.spark.sql.connector.read.Batch;
            import org.apache.spark.sql.connector.read.InputPartition;
            import org.apache.spark.sql.connector.read.PartitionReader;
            import org.apache.spark.sql.connector.read.PartitionReaderFactory;
            import org.apache.spark.sql.connector.read.Scan;
            import org.apache.spark.sql.types.StructType;

            class Scans {
              /** Serializable "to be safe": Spark never ships a scan, it plans on the driver. */
              static class SpannerScan implements Scan, Batch, Serializable {
                private final BatchClient client;

                SpannerScan(BatchClient client) {
                  this.client = client;
                }

                @Override
                public StructType readSchema() {
                  return new StructType();
                }

                @Override
                public Batch toBatch() {
                  return this;
                }

                @Override
                public InputPartition[] planInputPartitions() {
                  client.batchReadOnlyTransaction(TimestampBound.strong()).close();
                  return new InputPartition[0];
                }

                @Override
                public PartitionReaderFactory createReaderFactory() {
                  return new ReaderFactory("projects/p/instances/i/databases/d");
                }
              }

              static class ReaderFactory implements PartitionReaderFactory {
                private final String database;

                ReaderFactory(String database) {
                  this.database = database;
                }

                /** Runs on the executor: the client and the function built here stay there. */
                @Override
                public PartitionReader<InternalRow> createReader(InputPartition partition) {
                  BatchClient reader =
                      SpannerOptions.newBuilder().build().getService()
                          .getBatchClient(DatabaseId.of(database));
                  Function<String, String> describe = id -> reader + id;
                  try {
                    throw new UnsupportedOperationException(describe.call(database));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }
              }

              /** One class as the batch and its reader factory: shipped as the factory. */
              static class BatchAndFactory implements Batch, PartitionReaderFactory {
                // BUG: Diagnostic contains: `client` (BatchClient, a gRPC client) is a field of class `BatchAndFactory`, which Spark serializes and ships to executors
                private final BatchClient client;

                BatchAndFactory(BatchClient client) {
                  this.client = client;
                }

                @Override
                public InputPartition[] planInputPartitions() {
                  return new InputPartition[0];
                }

                @Override
                public PartitionReaderFactory createReaderFactory() {
                  return this;
                }

                @Override
                public PartitionReader<InternalRow> createReader(InputPartition partition) {
                  client.batchReadOnlyTransaction(TimestampBound.strong()).close();
                  throw new UnsupportedOperationException();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void customReceiverStartsOnExecutor() {
    helper
        .addSourceLines(
            "Receivers.java",
            """
            import com.google.cloud.pubsub.v1.MessageReceiver;
            import com.google.cloud.pubsub.v1.Subscriber;
            import com.google.pubsub.v1.ProjectSubscriptionName;
            import org.apache.spark.storage.StorageLevel;
            import org.apache.spark.streaming.receiver.Receiver;

            class Receivers {
              /** The subscriber is created in onStart, on the executor that runs the receiver. */
              static class PubSubReceiver extends Receiver<String> {
                private final String subscription;
                private Subscriber subscriber;

                PubSubReceiver(String subscription) {
                  super(StorageLevel.MEMORY_AND_DISK_2());
                  this.subscription = subscription;
                }

                @Override
                public void onStart() {
                  subscriber =
                      Subscriber.newBuilder(
                              ProjectSubscriptionName.parse(subscription),
                              (MessageReceiver)
                                  (message, consumer) -> {
                                store(message.getData().toStringUtf8());
                                consumer.ack();
                              })
                          .build();
                  subscriber.startAsync();
                }

                @Override
                public void onStop() {
                  subscriber.stopAsync();
                }
              }

              static class EagerReceiver extends Receiver<String> {
                // BUG: Diagnostic contains: `subscriber` (Subscriber, a gRPC client) is a field of class `EagerReceiver`, which Spark serializes and ships to executors
                private final Subscriber subscriber;

                EagerReceiver(Subscriber subscriber) {
                  super(StorageLevel.MEMORY_ONLY());
                  this.subscriber = subscriber;
                }

                @Override
                public void onStart() {
                  subscriber.startAsync();
                }

                @Override
                public void onStop() {
                  subscriber.stopAsync();
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableObjectBuiltByClassInitializationStaysInEachJvm_noFinding() {
    helper
        .addSourceLines(
            "PerJvm.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.IOException;
            import java.io.Serializable;
            import java.io.UncheckedIOException;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class PerJvm {
              /** Serializable "to be safe"; its one instance per JVM lives in a holder's static. */
              static class Translator implements Serializable {
                private final TranslationServiceClient client;

                Translator() {
                  try {
                    client = TranslationServiceClient.create();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }

                String translate(String text) {
                  return client.translateText("p", "de", List.of(text)).toString();
                }
              }

              private static final class Holder {
                static final Translator TRANSLATOR = new Translator();

                private Holder() {}
              }

              static JavaRDD<String> run(JavaRDD<String> lines) {
                return lines.map(line -> Holder.TRANSLATOR.translate(line));
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableObjectAlsoBuiltOnDriver_isReported() {
    helper
        .addSourceLines(
            "PerJvm.java",
            """
            import com.google.cloud.translate.v3.TranslationServiceClient;
            import java.io.Serializable;

            class PerJvm {
              static class Translator implements Serializable {
                // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is a field of class `Translator`, which is serialized to cross into another process
                private final TranslationServiceClient client;

                Translator(TranslationServiceClient client) {
                  this.client = client;
                }
              }

              private static final class Holder {
                static final Translator TRANSLATOR;

                static {
                  try {
                    TRANSLATOR = new Translator(TranslationServiceClient.create());
                  } catch (Exception e) {
                    throw new ExceptionInInitializerError(e);
                  }
                }

                private Holder() {}
              }

              static Translator forDriver(TranslationServiceClient client) {
                return new Translator(client);
              }
            }
            """)
        .doTest();
  }

  @Test
  public void serializableDriverClassBroadcastingItself_isReported() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.google.cloud.pubsub.v1.Publisher;
            import java.io.Serializable;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job implements Serializable {
              // BUG: Diagnostic contains: `done` (Publisher, a gRPC client) is a field of class `Job`, which is serialized to cross into another process
              private final Publisher done;

              Job(Publisher done) {
                this.done = done;
              }

              void run(JavaSparkContext sc) {
                // BUG: Diagnostic contains: `this` (Job, which holds a gRPC client: Publisher in field `done`) is passed to `JavaSparkContext.broadcast`
                sc.broadcast(this);
              }
            }
            """)
        .doTest();
  }
}
