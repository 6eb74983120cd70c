import io.grpc.ManagedChannel;
import java.io.Serializable;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.spark.api.java.JavaRDD;

/**
 * Cycle in the client model, positive. {@code Ca} holds a channel and a {@code Cb}; {@code Cb}
 * points back to its {@code Ca} (a parent/child pair, as session and connection objects often
 * are). Capturing a {@code Cb} ships {@code cb.a.ch}, two hops away: a finding, and the cycle must
 * neither hang the analysis nor hide the channel. Capturing the {@code Ca} itself (one hop) is a
 * finding too. The Cb capture is analysed first here, before the model has seen Ca. The three
 * fields on the cycle each hold the channel within two fields: all findings.
 */
public class ClientInFieldCycleCapturedByLambda {
  static class Cb implements Serializable {
    // BUG: Diagnostic contains: `a` (Ca, which holds a gRPC client
    Ca a;
  }

  static class Ca implements Serializable {
    // BUG: Diagnostic contains: `b` (Cb, which holds a gRPC client
    Cb b;
    // BUG: Diagnostic contains: `ch` (ManagedChannel, a gRPC client) is a field of class `Ca`
    ManagedChannel ch;
  }

  static JavaRDD<String> viaChild(JavaRDD<String> lines, Cb cb) {
    // BUG: Diagnostic contains: `cb` (Cb, which holds a gRPC client
    return lines.map(line -> line + cb.a.ch.authority());
  }

  static DataStream<String> viaParent(DataStream<String> events, Ca ca) {
    return events.map(
        (MapFunction<String, String>)
            // BUG: Diagnostic contains: `ca` (Ca, which holds a gRPC client
            event -> event + ca.b.a.ch.authority());
  }
}
