import com.google.cloud.translate.v3.DetectLanguageRequest;
import com.google.cloud.translate.v3.TranslationServiceGrpc;
import com.google.cloud.translate.v3.TranslationServiceGrpc.TranslationServiceBlockingStub;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.apache.spark.api.java.JavaRDD;

/** A generated stub (an AbstractStub) wraps a channel: shipping it ships the channel. */
public class GeneratedBlockingStubCapturedBySparkMap {
  JavaRDD<String> detect(JavaRDD<String> texts) {
    ManagedChannel channel = ManagedChannelBuilder.forTarget("translate.googleapis.com").build();
    TranslationServiceBlockingStub stub = TranslationServiceGrpc.newBlockingStub(channel);
    return texts.map(
        text ->
            // BUG: Diagnostic contains: `stub` (TranslationServiceBlockingStub, a gRPC client) is captured by a lambda (Spark `Function`) that Spark serializes and ships to executors
            stub.detectLanguage(
                    DetectLanguageRequest.newBuilder()
                        .setParent("projects/my-project")
                        .setContent(text)
                        .build())
                .getLanguages(0)
                .getLanguageCode());
  }
}
