import io.grpc.ManagedChannel;
import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;

/**
 * Depth rule and order dependence, positive. The mirror image of
 * {@code ClientDepthLimitDeclaredOutsideIn}: the same chain (B -> C -> D -> E -> ManagedChannel),
 * declared innermost first, with the B capture (four hops: not a finding) analysed before the C
 * capture (three hops: a finding). A client model that caches "holds a client" answers must not
 * answer differently because of the order in which it meets the types. The wrapper fields are
 * findings as in the mirror image.
 */
public class ClientDepthLimitDeclaredInsideOut {
  static class E implements Serializable {
    // BUG: Diagnostic contains: `ch` (ManagedChannel, a gRPC client) is a field of class `E`
    ManagedChannel ch;
  }

  static class D implements Serializable {
    // BUG: Diagnostic contains: `e` (E, which holds a gRPC client
    E e;
  }

  static class C implements Serializable {
    // BUG: Diagnostic contains: `d` (D, which holds a gRPC client
    D d;
  }

  static class B implements Serializable {
    // BUG: Diagnostic contains: `c` (C, which holds a gRPC client
    C c;
  }

  static JavaRDD<String> tagWithB(JavaRDD<String> lines, B b) {
    return lines.map(line -> line + b.c.d.e.ch.authority());
  }

  static JavaRDD<String> tagWithC(JavaRDD<String> lines, C c) {
    // BUG: Diagnostic contains: `c` (C, which holds a gRPC client
    return lines.map(line -> line + c.d.e.ch.authority());
  }
}
