package dev.grpcboundary;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.tools.javac.code.Symbol;
import dev.grpcboundary.client.ClientEvidence;
import dev.grpcboundary.client.ClientTypeModel;
import dev.grpcboundary.engine.Framework;

/** The phrases findings are made of, so every message names things the same way. */
final class Messages {
  private static final int MAX_EXPRESSION_LENGTH = 40;

  /** "`client` (TranslationServiceClient, a gRPC client)" for a variable or field. */
  static String subject(Symbol variable, ClientEvidence evidence) {
    return "`"
        + variable.getSimpleName()
        + "` ("
        + evidence.describe(ClientTypeModel.displayName(variable.type))
        + ")";
  }

  /** The same for an expression, quoting (a shortened form of) its source. */
  static String subject(ExpressionTree expression, VisitorState state, ClientEvidence evidence) {
    String source = state.getSourceForNode(expression);
    if (source == null) {
      source = expression.toString();
    }
    if (source.length() > MAX_EXPRESSION_LENGTH) {
      source = source.substring(0, MAX_EXPRESSION_LENGTH - 3) + "...";
    }
    return "`"
        + source
        + "` ("
        + evidence.describe(ClientTypeModel.displayName(ASTHelpers.getType(expression)))
        + ")";
  }

  /** ": <what fails>. <what to do>." */
  static String consequenceAndCure(Framework framework) {
    return ": " + framework.failure() + ". " + framework.cure() + ".";
  }

  static String capitalized(String phrase) {
    return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }

  private Messages() {}
}
