import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * A non-static inner DoFn keeps a hidden reference to its enclosing object and serializes it, even
 * though the DoFn itself never touches the client.
 */
public class BeamInnerDoFnKeepsEnclosingInstance {
  private final TranslationServiceClient glossaryClient = TranslationServiceClient.create();

  public BeamInnerDoFnKeepsEnclosingInstance() throws IOException {}

  // BUG: Diagnostic contains: Inner class `UppercaseFn`, which Beam serializes and ships to workers, keeps its enclosing instance (BeamInnerDoFnKeepsEnclosingInstance, which holds a gRPC client: TranslationServiceClient in field `glossaryClient`) and serializes it too
  class UppercaseFn extends DoFn<String, String> {
    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(line.toUpperCase());
    }
  }

  /** A static nested DoFn has no enclosing instance. */
  static class LowercaseFn extends DoFn<String, String> {
    @ProcessElement
    public void processElement(@Element String line, OutputReceiver<String> out) {
      out.output(line.toLowerCase());
    }
  }

  PCollection<String> run(PCollection<String> lines) {
    return lines.apply(ParDo.of(new UppercaseFn())).apply(ParDo.of(new LowercaseFn()));
  }
}
