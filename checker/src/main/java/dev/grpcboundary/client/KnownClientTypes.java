package dev.grpcboundary.client;

import com.google.common.collect.ImmutableSet;

/**
 * The types whose instances own gRPC connections. This is the one list to extend when a new client
 * SDK should be recognized; users extend it with {@code -XepOpt:GrpcBoundary:ClientTypes}.
 *
 * <p>A type is a client when it is, extends or implements one of these. Shaded and vendored copies
 * (for example {@code org.apache.beam.vendor.grpc.v1p69p0.io.grpc.ManagedChannel}) match by package
 * suffix, so each entry also covers every relocated copy of itself.
 *
 * <p>The hand-kept roots below are joined by {@link ClientCatalog}, generated from the client
 * libraries' jars: add a library there (catalog/pom.xml) rather than a type here when it can be.
 */
public final class KnownClientTypes {
  public static final ImmutableSet<String> ROOTS =
      ImmutableSet.<String>builder()
          .add(
              // gRPC itself: ManagedChannel extends Channel; every generated stub extends
              // AbstractStub.
              "io.grpc.Channel",
              "io.grpc.stub.AbstractStub",
              // GAX: every generated Google Cloud client and stub is a BackgroundResource.
              "com.google.api.gax.core.BackgroundResource",
              "com.google.api.gax.rpc.ClientContext",
              // Handwritten Google Cloud clients that are not BackgroundResources.
              "com.google.cloud.pubsub.v1.Publisher",
              "com.google.cloud.pubsub.v1.Subscriber",
              "com.google.cloud.spanner.Spanner",
              "com.google.cloud.firestore.Firestore",
              "com.google.cloud.bigtable.data.v2.BigtableDataClient",
              "com.google.cloud.bigtable.admin.v2.BigtableTableAdminClient",
              "com.google.cloud.datastore.Datastore",
              // Other SDKs built on gRPC.
              "io.etcd.jetcd.Client",
              "io.temporal.serviceclient.WorkflowServiceStubs",
              "io.temporal.client.WorkflowClient",
              "io.camunda.zeebe.client.ZeebeClient",
              "io.camunda.client.CamundaClient",
              "io.dapr.client.DaprClient",
              "io.milvus.client.MilvusServiceClient",
              "io.qdrant.client.QdrantGrpcClient")
          // Generated from the libraries' jars by the catalog module (docs/client-catalog.md).
          .addAll(ClientCatalog.TYPES)
          .build();

  /**
   * Whether {@code qualifiedName} names {@code root} itself or a relocated copy of it, such as
   * {@code org.apache.beam.vendor.grpc.v1p69p0.io.grpc.Channel} for {@code io.grpc.Channel}.
   */
  static boolean namesOrRelocates(String qualifiedName, String root) {
    return qualifiedName.equals(root)
        || (qualifiedName.length() > root.length()
            && qualifiedName.endsWith(root)
            && qualifiedName.charAt(qualifiedName.length() - root.length() - 1) == '.');
  }

  private KnownClientTypes() {}
}
