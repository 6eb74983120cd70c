package dev.grpcboundary.client;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public final class TypeNamesTest {
  private final TypeNames names =
      TypeNames.of(
          List.of("io.grpc.Channel", "com.google.cloud.pubsub.v1.Publisher", "Outer.Inner"));

  @Test
  public void matchesTheNamesAndTheirRelocatedCopies() {
    assertThat(names.matches("io.grpc.Channel")).isTrue();
    assertThat(names.matches("org.apache.beam.vendor.grpc.v1p69p0.io.grpc.Channel")).isTrue();
    assertThat(names.matches("com.google.cloud.pubsub.v1.Publisher")).isTrue();
    assertThat(names.matches("shaded.com.google.cloud.pubsub.v1.Publisher")).isTrue();
    assertThat(names.matches("a.b.Outer.Inner")).isTrue();
  }

  @Test
  public void sameSimpleNameOrSuffixAloneIsNoMatch() {
    assertThat(names.matches("com.example.Channel")).isFalse();
    assertThat(names.matches("io.grpc.ManagedChannel")).isFalse();
    assertThat(names.matches("my.io.grpcX.Channel")).isFalse();
    assertThat(names.matches("Channel")).isFalse();
    assertThat(names.matches("com.example.Publisher")).isFalse();
  }
}
