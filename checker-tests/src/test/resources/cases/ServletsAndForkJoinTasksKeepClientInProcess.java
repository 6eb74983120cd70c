import com.google.cloud.translate.v3.TranslationServiceClient;
import io.grpc.ManagedChannel;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Serializable by inheritance, never serialized: a servlet lives in its container (javax and
 * jakarta alike), and fork/join tasks split work between the threads of one pool. Sharing one
 * client between those threads is correct.
 */
public class ServletsAndForkJoinTasksKeepClientInProcess {
  public static class TranslateServlet extends javax.servlet.http.HttpServlet {
    private final TranslationServiceClient client;

    public TranslateServlet(TranslationServiceClient client) {
      this.client = client;
    }
  }

  public static class StatusServlet extends jakarta.servlet.http.HttpServlet {
    private ManagedChannel channel;

    @Override
    public void init() {
      channel = io.grpc.ManagedChannelBuilder.forTarget("status:443").build();
    }
  }

  static class Lengths extends RecursiveTask<Integer> {
    private final ManagedChannel channel;
    private final List<String> names;

    Lengths(ManagedChannel channel, List<String> names) {
      this.channel = channel;
      this.names = names;
    }

    @Override
    protected Integer compute() {
      if (names.size() < 2) {
        return names.isEmpty() ? 0 : channel.authority().length() + names.get(0).length();
      }
      int half = names.size() / 2;
      Lengths left = new Lengths(channel, names.subList(0, half));
      left.fork();
      return new Lengths(channel, names.subList(half, names.size())).compute() + left.join();
    }
  }

  static int total(ManagedChannel channel, List<String> names) {
    return ForkJoinPool.commonPool().invoke(new Lengths(channel, names));
  }
}
