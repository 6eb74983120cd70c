import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The cure for every IExecutorService method: a Serializable task that carries the target string
 * and builds (and shuts down) its channel on the member that runs it. Nothing to report.
 */
public class HazelcastExecutorServiceTasksShipTarget {
  static final class AuthorityTask implements Callable<String>, Runnable, Serializable {
    private final String target;

    AuthorityTask(String target) {
      this.target = target;
    }

    @Override
    public String call() {
      ManagedChannel channel = ManagedChannelBuilder.forTarget(target).build();
      try {
        return channel.authority();
      } finally {
        channel.shutdownNow();
      }
    }

    @Override
    public void run() {
      call();
    }
  }

  void everyMethod(IExecutorService executor, Member member, Set<Member> members) {
    AuthorityTask task = new AuthorityTask("dns:///billing.internal");
    executor.submit((Callable<String>) task);
    executor.submitToKeyOwner((Callable<String>) task, "customer-42");
    executor.submitToMember((Callable<String>) task, member);
    executor.submitToMembers((Callable<String>) task, members);
    executor.submitToAllMembers((Callable<String>) task);
    executor.execute(task);
    executor.executeOnKeyOwner(task, "customer-42");
    executor.executeOnMember(task, member);
    executor.executeOnMembers(task, members);
    executor.executeOnAllMembers(task);
  }
}
