import com.google.cloud.translate.v3.TranslateTextRequest;
import com.google.cloud.translate.v3.TranslateTextResponse;
import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;

/** `client::translateText` evaluates `client` once and keeps it inside the function object. */
public class BeamBoundMethodReferenceToClient {
  PCollection<TranslateTextResponse> translate(PCollection<TranslateTextRequest> requests)
      throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    SerializableFunction<TranslateTextRequest, TranslateTextResponse> translate =
        // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is the bound receiver of a method reference (Beam `SerializableFunction`) that Beam serializes and ships to workers: the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with `IllegalArgumentException: unable to serialize ...`
        client::translateText;
    return requests.apply(
        MapElements.into(TypeDescriptor.of(TranslateTextResponse.class)).via(translate));
  }
}
