import com.google.cloud.translate.v3.TranslationServiceClient;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/** MapElements.via takes a SerializableFunction: Beam serializes it into the pipeline. */
public class BeamMapElementsCapturesClient {
  PCollection<String> translate(PCollection<String> lines) throws IOException {
    TranslationServiceClient client = TranslationServiceClient.create();
    return lines.apply(
        "Translate",
        MapElements.into(TypeDescriptors.strings())
            .via(
                line ->
                    // BUG: Diagnostic contains: `client` (TranslationServiceClient, a gRPC client) is captured by a lambda (Beam `SerializableFunction`) that Beam serializes and ships to workers: the pipeline fails when it runs (`Pipeline.run()` serializes each DoFn) with `IllegalArgumentException: unable to serialize ...`. Create the client on the worker instead: in a DoFn, as a `transient` field built in `@Setup` and closed in `@Teardown`.
                    client
                        .translateText("projects/my-project", "ja", List.of(line))
                        .getTranslations(0)
                        .getTranslatedText()));
  }
}
