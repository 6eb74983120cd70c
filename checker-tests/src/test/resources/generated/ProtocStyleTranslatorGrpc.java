// Flags: -Xep:EagerStaticGrpcClient:WARN
package com.example.translator.v1;

import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslateTextResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.AbstractBlockingStub;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.grpc.stub.annotations.GrpcGenerated;

/**
 * Shaped like protoc-gen-grpc-java's output (written for this test, older and newer styles
 * mixed): static method and service descriptors, eager and lazy, and static stub factories.
 * Descriptors describe a service; they open no connection and are not clients. Nothing here is
 * an EagerStaticGrpcClient finding.
 */
@GrpcGenerated
@javax.annotation.processing.Generated("protoc-gen-grpc-java")
public final class ProtocStyleTranslatorGrpc {
  private ProtocStyleTranslatorGrpc() {}

  public static final String SERVICE_NAME = "example.translator.v1.Translator";

  /** Older generators built descriptors eagerly, in static final fields. */
  public static final MethodDescriptor<TranslateTextRequest, TranslateTextResponse>
      METHOD_TRANSLATE =
          MethodDescriptor.<TranslateTextRequest, TranslateTextResponse>newBuilder()
              .setType(MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "Translate"))
              .setRequestMarshaller(ProtoUtils.marshaller(TranslateTextRequest.getDefaultInstance()))
              .setResponseMarshaller(
                  ProtoUtils.marshaller(TranslateTextResponse.getDefaultInstance()))
              .build();

  private static final ServiceDescriptor EAGER_SERVICE_DESCRIPTOR =
      ServiceDescriptor.newBuilder(SERVICE_NAME).addMethod(METHOD_TRANSLATE).build();

  private static final int METHODID_TRANSLATE = 0;

  /** Newer generators build them lazily, with double-checked locking on volatile statics. */
  private static volatile MethodDescriptor<TranslateTextRequest, TranslateTextResponse>
      getTranslateMethod;

  public static MethodDescriptor<TranslateTextRequest, TranslateTextResponse> getTranslateMethod() {
    MethodDescriptor<TranslateTextRequest, TranslateTextResponse> method = getTranslateMethod;
    if (method == null) {
      synchronized (ProtocStyleTranslatorGrpc.class) {
        if ((method = getTranslateMethod) == null) {
          getTranslateMethod = method = METHOD_TRANSLATE;
        }
      }
    }
    return method;
  }

  private static volatile ServiceDescriptor serviceDescriptor;

  public static ServiceDescriptor getServiceDescriptor() {
    ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (ProtocStyleTranslatorGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = EAGER_SERVICE_DESCRIPTOR;
        }
      }
    }
    return result;
  }

  /** A static stub factory: creates a stub when called, not while the class is initialized. */
  private static final AbstractStub.StubFactory<TranslatorBlockingStub> BLOCKING_FACTORY =
      new AbstractStub.StubFactory<TranslatorBlockingStub>() {
        @Override
        public TranslatorBlockingStub newStub(Channel channel, CallOptions callOptions) {
          return new TranslatorBlockingStub(channel, callOptions);
        }
      };

  public static TranslatorBlockingStub newBlockingStub(Channel channel) {
    return AbstractBlockingStub.newStub(BLOCKING_FACTORY, channel);
  }

  public static final class TranslatorBlockingStub
      extends AbstractBlockingStub<TranslatorBlockingStub> {
    private TranslatorBlockingStub(Channel channel, CallOptions callOptions) {
      super(channel, callOptions);
    }

    @Override
    protected TranslatorBlockingStub build(Channel channel, CallOptions callOptions) {
      return new TranslatorBlockingStub(channel, callOptions);
    }

    public TranslateTextResponse translate(TranslateTextRequest request) {
      return ClientCalls.blockingUnaryCall(
          getChannel(), getTranslateMethod(), getCallOptions(), request);
    }
  }

  /** The server side: binds the methods to an implementation. Not a client either. */
  public abstract static class TranslatorImplBase implements io.grpc.BindableService {
    public void translate(
        TranslateTextRequest request, StreamObserver<TranslateTextResponse> responseObserver) {
      ServerCalls.asyncUnimplementedUnaryCall(getTranslateMethod(), responseObserver);
    }

    @Override
    public final ServerServiceDefinition bindService() {
      return ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
              getTranslateMethod(),
              ServerCalls.asyncUnaryCall(
                  (request, observer) -> translate(request, observer)))
          .build();
    }
  }
}

/** Hand-written code next to it that builds a stub eagerly is still reported. */
final class TranslatorClients {
  // BUG: Diagnostic contains: The initializer of `TRANSLATOR` creates a gRPC client (TranslatorBlockingStub) while class `TranslatorClients` is initialized
  static final ProtocStyleTranslatorGrpc.TranslatorBlockingStub TRANSLATOR =
      ProtocStyleTranslatorGrpc.newBlockingStub(
          ManagedChannelBuilder.forTarget("dns:///translator.internal:443").build());

  static TranslateTextResponse translate(TranslateTextRequest request) {
    return TRANSLATOR.translate(request);
  }
}
