import io.grpc.ManagedChannel;
import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;

/**
 * Depth rule and order dependence, positive. Serializable wrappers nest a channel: {@code E} holds
 * it directly, {@code D} one field further out, {@code C} three fields ({@code c.d.e.ch}),
 * {@code B} four. The rule being specified: an object counts as holding a client when the client is
 * within three fields. So capturing a {@code C} is a finding and capturing a {@code B} is not
 * (beyond the limit, by design; it would still fail at run time). Classes are declared outermost
 * first and the C capture comes first; {@link ClientDepthLimitDeclaredInsideOut} is the mirror
 * image, which must give the same answers. Each wrapper's own field is also a finding (a field of
 * a Serializable class that is shipped, holding a client within three fields: {@code B.c} holds it
 * at three), as in {@code cases/UserWrapperHoldingClientCapturedBySparkMap}.
 */
public class ClientDepthLimitDeclaredOutsideIn {
  static class B implements Serializable {
    // BUG: Diagnostic contains: `c` (C, which holds a gRPC client
    C c;
  }

  static class C implements Serializable {
    // BUG: Diagnostic contains: `d` (D, which holds a gRPC client
    D d;
  }

  static class D implements Serializable {
    // BUG: Diagnostic contains: `e` (E, which holds a gRPC client
    E e;
  }

  static class E implements Serializable {
    // BUG: Diagnostic contains: `ch` (ManagedChannel, a gRPC client) is a field of class `E`
    ManagedChannel ch;
  }

  static JavaRDD<String> tagWithC(JavaRDD<String> lines, C c) {
    // BUG: Diagnostic contains: `c` (C, which holds a gRPC client
    return lines.map(line -> line + c.d.e.ch.authority());
  }

  static JavaRDD<String> tagWithB(JavaRDD<String> lines, B b) {
    return lines.map(line -> line + b.c.d.e.ch.authority());
  }
}
