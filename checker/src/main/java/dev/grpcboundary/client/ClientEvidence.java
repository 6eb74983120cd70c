package dev.grpcboundary.client;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Why a value counts as a gRPC client: the client type it is or holds, and the route from the value
 * to that client (empty when the value is the client itself).
 *
 * @param clientType the client's type as a reader would write it, e.g. {@code
 *     TranslationServiceClient}
 * @param route the fields and container elements between the value and the client, outermost first
 */
public record ClientEvidence(String clientType, ImmutableList<Step> route) {

  /** One hop from a value towards the client it holds. */
  public sealed interface Step permits Field, Element {}

  /** The client is reached through an instance field. */
  public record Field(String name) implements Step {}

  /** The client is an element of an array, collection, map, {@code Optional} or reference. */
  public record Element() implements Step {}

  static ClientEvidence direct(String clientType) {
    return new ClientEvidence(clientType, ImmutableList.of());
  }

  ClientEvidence through(Step step) {
    return new ClientEvidence(
        clientType, ImmutableList.<Step>builder().add(step).addAll(route).build());
  }

  /** Whether the value is the client itself rather than something holding one. */
  public boolean isDirect() {
    return route.isEmpty();
  }

  /**
   * Describes a value of type {@code valueType} carrying this evidence, e.g. {@code
   * TranslationServiceClient, a gRPC client} or {@code Translator, which holds a gRPC client:
   * TranslationServiceClient in field `client`}.
   */
  public String describe(String valueType) {
    if (isDirect()) {
      return valueType + ", a gRPC client";
    }
    String fields =
        route.stream()
            .filter(Field.class::isInstance)
            .map(step -> ((Field) step).name())
            .collect(Collectors.joining("."));
    boolean elements = route.stream().anyMatch(Element.class::isInstance);
    String where = fields.isEmpty() ? "" : " in field `" + fields + "`";
    return elements
        ? valueType + ", which holds gRPC clients: " + clientType + " elements" + where
        : valueType + ", which holds a gRPC client: " + clientType + where;
  }
}
