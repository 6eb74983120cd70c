import com.google.cloud.translate.v3.DetectLanguageRequest;
import com.google.cloud.translate.v3.TranslationServiceGrpc;
import com.google.cloud.translate.v3.TranslationServiceGrpc.TranslationServiceBlockingStub;
import io.grpc.ManagedChannelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.datastream.DataStream;

/** A pool of stubs, one per region: the list is serialized with every element in it. */
public class ListOfStubsCapturedByFlinkMap {
  DataStream<String> detect(DataStream<String> texts, List<String> regions) {
    List<TranslationServiceBlockingStub> stubs = new ArrayList<>();
    for (String region : regions) {
      stubs.add(
          TranslationServiceGrpc.newBlockingStub(
              ManagedChannelBuilder.forTarget(region + "-translate.googleapis.com").build()));
    }
    return texts.map(
        text -> {
          // BUG: Diagnostic contains: `stubs` (List<TranslationServiceBlockingStub>, which holds gRPC clients: TranslationServiceBlockingStub elements) is captured by a lambda (Flink `MapFunction`) that Flink serializes and ships to task managers
          TranslationServiceBlockingStub stub = stubs.get(Math.floorMod(text.hashCode(), stubs.size()));
          return stub.detectLanguage(DetectLanguageRequest.newBuilder().setContent(text).build())
              .getLanguages(0)
              .getLanguageCode();
        });
  }

  DataStream<String> byRegion(
      DataStream<String> regions, Map<String, TranslationServiceBlockingStub> stubsByRegion) {
    // BUG: Diagnostic contains: `stubsByRegion` (Map<String, TranslationServiceBlockingStub>, which holds gRPC clients: TranslationServiceBlockingStub elements)
    return regions.map(region -> stubsByRegion.get(region).getChannel().authority());
  }
}
