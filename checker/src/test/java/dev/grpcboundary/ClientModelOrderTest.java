package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Whether an object holds a client depends on its type alone: never on which file javac visits
 * first. An object holds a client reachable through at most three fields; each case is compiled in
 * both file orders.
 */
@RunWith(JUnit4.class)
public final class ClientModelOrderTest {
  private static final String CHAIN =
      """
      import io.grpc.ManagedChannel;

      class B { C c; }
      class C { D d; }
      class D { E e; }
      class E { ManagedChannel ch; }
      """;

  private static final String CAPTURES_B =
      """
      import org.apache.spark.api.java.JavaRDD;

      class CapturesB {
        // B reaches the channel through four fields (c.d.e.ch): deeper than the rule looks.
        static JavaRDD<Object> run(JavaRDD<String> lines, B b) {
          return lines.map(line -> b);
        }
      }
      """;

  private static final String CAPTURES_C =
      """
      import org.apache.spark.api.java.JavaRDD;

      class CapturesC {
        static JavaRDD<Object> run(JavaRDD<String> lines, C c) {
          // BUG: Diagnostic contains: `c` (C, which holds a gRPC client: ManagedChannel in field `d.e.ch`)
          return lines.map(line -> c);
        }
      }
      """;

  /**
   * Serializable, so that the field rule asks about {@code Ca} (and, inside it, {@code Cb}) while
   * it checks {@code Cb}: when this file comes first, that happens before the capture is checked.
   */
  private static final String CYCLE =
      """
      import io.grpc.ManagedChannel;
      import java.io.Serializable;

      class Cb implements Serializable {
        // BUG: Diagnostic contains: `a` (Ca, which holds a gRPC client: ManagedChannel in field `ch`)
        Ca a;
      }

      class Ca implements Serializable {
        // BUG: Diagnostic contains: `b` (Cb, which holds a gRPC client: ManagedChannel in field `a.ch`)
        Cb b;
        // BUG: Diagnostic contains: `ch` (ManagedChannel, a gRPC client) is a field of class `Ca`
        ManagedChannel ch;
      }
      """;

  private static final String CAPTURES_CB =
      """
      import org.apache.spark.api.java.JavaRDD;

      class CapturesCb {
        static JavaRDD<Object> run(JavaRDD<String> lines, Cb cb) {
          // BUG: Diagnostic contains: `cb` (Cb, which holds a gRPC client: ManagedChannel in field `a.ch`)
          return lines.map(line -> cb);
        }
      }
      """;

  @Test
  public void chainDeeperFileFirst() {
    chain()
        .addSourceLines("CapturesB.java", CAPTURES_B)
        .addSourceLines("CapturesC.java", CAPTURES_C)
        .doTest();
  }

  @Test
  public void chainShallowerFileFirst() {
    chain()
        .addSourceLines("CapturesC.java", CAPTURES_C)
        .addSourceLines("CapturesB.java", CAPTURES_B)
        .doTest();
  }

  @Test
  public void cycleWithCapturingFileFirst() {
    CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass())
        .addSourceLines("CapturesCb.java", CAPTURES_CB)
        .addSourceLines("Cycle.java", CYCLE)
        .doTest();
  }

  @Test
  public void cycleWithTypesFirst() {
    CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass())
        .addSourceLines("Cycle.java", CYCLE)
        .addSourceLines("CapturesCb.java", CAPTURES_CB)
        .doTest();
  }

  private CompilationTestHelper chain() {
    return CompilationTestHelper.newInstance(GrpcClientCrossesProcessBoundary.class, getClass())
        .addSourceLines("Chain.java", CHAIN);
  }
}
