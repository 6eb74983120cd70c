import io.grpc.ManagedChannel;
import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;

/**
 * Cycle in the client model, order dependence, positive. The same parent/child cycle as
 * {@code ClientInFieldCycleCapturedByLambda} ({@code Ca} holds a channel and a {@code Cb};
 * {@code Cb} points back to its {@code Ca}), but declared parent first, with the parent captured
 * before the child. The answers must be the same as there: every field on the cycle holds the
 * channel within two fields, and capturing either object ships the channel.
 */
public class ClientInFieldCycleDeclaredParentFirst {
  static class Ca implements Serializable {
    // BUG: Diagnostic contains: `b` (Cb, which holds a gRPC client
    Cb b;
    // BUG: Diagnostic contains: `ch` (ManagedChannel, a gRPC client) is a field of class `Ca`
    ManagedChannel ch;
  }

  static class Cb implements Serializable {
    // BUG: Diagnostic contains: `a` (Ca, which holds a gRPC client
    Ca a;
  }

  static JavaRDD<String> viaParent(JavaRDD<String> lines, Ca ca) {
    // BUG: Diagnostic contains: `ca` (Ca, which holds a gRPC client
    return lines.map(line -> line + ca.ch.authority());
  }

  static JavaRDD<String> viaChild(JavaRDD<String> lines, Cb cb) {
    // BUG: Diagnostic contains: `cb` (Cb, which holds a gRPC client
    return lines.map(line -> line + cb.a.ch.authority());
  }
}
