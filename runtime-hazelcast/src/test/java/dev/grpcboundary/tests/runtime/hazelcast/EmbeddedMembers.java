package dev.grpcboundary.tests.runtime.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.rules.ExternalResource;

/**
 * Two embedded Hazelcast members forming one cluster on loopback (TCP-IP join, no multicast, a
 * cluster name of their own, ports the OS had free): a JUnit class rule. Members talk to each other
 * over real sockets, so anything sent to the other member is serialized.
 */
final class EmbeddedMembers extends ExternalResource {
  private HazelcastInstance first;
  private HazelcastInstance second;

  @Override
  protected void before() {
    String cluster = "grpc-boundary-" + UUID.randomUUID();
    int firstPort = freePort();
    int secondPort = freePort();
    first = Hazelcast.newHazelcastInstance(config(cluster, firstPort, secondPort));
    second = Hazelcast.newHazelcastInstance(config(cluster, secondPort, firstPort));
    for (HazelcastInstance member : new HazelcastInstance[] {first, second}) {
      if (member.getCluster().getMembers().size() != 2) {
        throw new IllegalStateException(
            "members did not join: " + member.getCluster().getMembers());
      }
    }
  }

  /** The member the tests submit from. */
  HazelcastInstance local() {
    return first;
  }

  /** The other member: a task sent there crosses a real socket. */
  HazelcastInstance remote() {
    return second;
  }

  @Override
  protected void after() {
    if (second != null) {
      second.shutdown();
    }
    if (first != null) {
      first.shutdown();
    }
  }

  private static Config config(String cluster, int port, int otherPort) {
    String loopback = InetAddress.getLoopbackAddress().getHostAddress();
    Config config = new Config();
    config.setClusterName(cluster);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    // Hazelcast's default join waits stay: with them set to 0, a loaded machine showed the second
    // member joining, forgetting its master, and being removed from the cluster mid-test.
    config.setProperty("hazelcast.logging.type", "jdk");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(port).setPortAutoIncrement(false);
    network.setPublicAddress(loopback + ":" + port);
    network.getInterfaces().setEnabled(true).addInterface(loopback);
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember(loopback + ":" + otherPort);
    return config;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
