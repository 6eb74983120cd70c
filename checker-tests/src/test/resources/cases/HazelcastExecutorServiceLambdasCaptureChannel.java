import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MemberSelector;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MultiExecutionCallback;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Every task-taking method of Hazelcast's IExecutorService serializes its task before it picks a
 * member, even the submitting member itself (runtime-hazelcast proves it): a lambda passed straight
 * to any of them that captures a channel is shipped code. One call per method name, in the
 * overloads a job would use.
 */
public class HazelcastExecutorServiceLambdasCaptureChannel {
  private final ManagedChannel channel =
      ManagedChannelBuilder.forTarget("dns:///billing.internal").build();

  // submit(Callable) and execute(Runnable) are inherited from java.util.concurrent: they are found
  // on an IExecutorService receiver, and the finding names the receiver's type.
  void submit(IExecutorService executor, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.submit`
    executor.submit(() -> local.authority());
  }

  void submitWithSelector(IExecutorService executor, MemberSelector selector, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.submit`
    executor.submit((Callable<String>) () -> local.authority(), selector);
  }

  void submitToKeyOwner(IExecutorService executor, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.submitToKeyOwner`
    executor.submitToKeyOwner(() -> local.authority(), "customer-42");
  }

  void submitToKeyOwnerWithCallback(
      IExecutorService executor, ExecutionCallback<String> callback, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.submitToKeyOwner`
    executor.submitToKeyOwner(() -> local.authority(), "customer-42", callback);
  }

  void submitToMember(IExecutorService executor, Member member, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.submitToMember`
    executor.submitToMember(() -> local.authority(), member);
  }

  void submitToMembers(IExecutorService executor, Set<Member> members, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.submitToMembers`
    executor.submitToMembers(() -> local.authority(), members);
  }

  void submitToMembersWithCallback(
      IExecutorService executor, MemberSelector selector, MultiExecutionCallback callback) {
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is read through `this` by a lambda passed to `IExecutorService.submitToMembers`
    executor.submitToMembers(() -> channel.authority(), selector, callback);
  }

  void submitToAllMembers(IExecutorService executor, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.submitToAllMembers`
    executor.submitToAllMembers(() -> local.authority());
  }

  void execute(IExecutorService executor, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.execute`
    executor.execute(() -> local.shutdown());
  }

  void executeOnKeyOwner(IExecutorService executor, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.executeOnKeyOwner`
    executor.executeOnKeyOwner(() -> local.shutdown(), "customer-42");
  }

  void executeOnMember(IExecutorService executor, Member member, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.executeOnMember`
    executor.executeOnMember(() -> local.shutdown(), member);
  }

  void executeOnMembers(IExecutorService executor, Set<Member> members, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.executeOnMembers`
    executor.executeOnMembers(() -> local.shutdown(), members);
  }

  void executeOnMembersWithSelector(IExecutorService executor, MemberSelector selector) {
    // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is read through `this` by a lambda passed to `IExecutorService.executeOnMembers`
    executor.executeOnMembers(() -> channel.shutdown(), selector);
  }

  void executeOnAllMembers(IExecutorService executor, ManagedChannel local) {
    // BUG: Diagnostic contains: `local` (ManagedChannel, a gRPC client) is captured by a lambda passed to `IExecutorService.executeOnAllMembers`
    executor.executeOnAllMembers(() -> local.shutdown());
  }
}
