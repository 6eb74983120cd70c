package dev.grpcboundary;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.grpcboundary.boundary.ShippedCode.Boundary;
import dev.grpcboundary.client.ClientEvidence;
import dev.grpcboundary.client.ClientTypeModel;
import dev.grpcboundary.engine.Engine;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every sentence a finding says, composed from facts the rules pass in: what the client is, what
 * crosses, which engine carries it, what fails, what to do. Rules never write prose themselves, so
 * every finding names things the same way.
 */
final class Messages {
  private static final int MAX_EXPRESSION_LENGTH = 40;

  private static final String WHY_CLASS_INIT_IS_TOO_EARLY =
      "Class initialization runs before a CRaC checkpoint (which fails on open sockets:"
          + " `CheckpointOpenSocketException`), during AWS Lambda SnapStart's init phase"
          + " (connections are not guaranteed after restore) and, for classes initialized at"
          + " build time, inside a native image (\"Detected a started Thread in the image heap\");"
          + " it also connects in every process that merely touches the class. Create the client"
          + " lazily, in the process that uses it: an initialization-on-demand holder class,"
          + " `Suppliers.memoize`, or an accessor that creates it on first use.";

  /** Why a static that only the driver sets is null on the receiving side, and the cure. */
  private static String staticsAreNotShipped(Symbol field) {
    return " Static fields are not shipped: on the receiving side `"
        + field.getSimpleName()
        + "` is null unless code there sets it (a local or direct runner hides this, because"
        + " everything runs in one JVM). Read the client through a per-JVM lazy accessor or holder"
        + " class that creates it on first use.";
  }

  // --- GrpcClientCrossesProcessBoundary --------------------------------------------------------

  static String captured(Symbol variable, ClientEvidence evidence, Boundary boundary) {
    return subject(variable, evidence)
        + " is captured by "
        + described(boundary)
        + failureAndCure(boundary);
  }

  static String boundReceiver(
      ExpressionTree receiver, VisitorState state, ClientEvidence evidence, Boundary boundary) {
    return subject(receiver, state, evidence)
        + " is the bound receiver of "
        + described(boundary)
        + failureAndCure(boundary);
  }

  static String passedToSerializingCall(
      ExpressionTree argument,
      VisitorState state,
      ClientEvidence evidence,
      String method,
      Engine engine) {
    return subject(argument, state, evidence)
        + " is passed to "
        + method
        + ", which serializes it: serialization fails with "
        + engine.serializationFailure()
        + ". "
        + engine.cure()
        + ".";
  }

  static String serializedField(Symbol field, ClientEvidence evidence, Boundary boundary) {
    return subject(field, evidence)
        + " is a field of "
        + described(boundary)
        + failureAndCure(boundary);
  }

  /** {@code setWhere} is "at its declaration", "in a constructor" or "in an initializer block". */
  static String transientSetOnlyAtCreation(
      Symbol field, ClientEvidence evidence, Boundary boundary, String setWhere) {
    return subject(field, evidence)
        + " is a transient field of "
        + described(boundary)
        + ". It is set only "
        + setWhere
        + ", which runs where the object is created, so after deserialization on the receiving"
        + " side it is null (a NullPointerException at first use). "
        + boundary.engine().cure()
        + ".";
  }

  static String driverOnlyStatic(Symbol field, ClientEvidence evidence, Boundary boundary) {
    return subject(field, evidence)
        + " is a static field that its class's initialization leaves unset, and it is read by "
        + described(boundary)
        + "."
        + staticsAreNotShipped(field);
  }

  /**
   * A driver-only static reached through calls: {@code accessors} are the methods from the shipped
   * code's call to the one that reads the field, {@code setters} the methods that assign it.
   */
  static String driverOnlyStaticThroughCalls(
      Symbol field,
      ClientEvidence evidence,
      List<MethodSymbol> accessors,
      List<MethodSymbol> setters,
      Boundary boundary) {
    String route = accessors.stream().map(Messages::methodName).collect(Collectors.joining(" → "));
    String setBy =
        setters.isEmpty()
            ? "nothing in this compilation sets it"
            : "it is set only in "
                + setters.stream().map(Messages::methodName).collect(Collectors.joining(", "))
                + ", which runs where it is called (the driver)";
    return capitalized(described(boundary))
        + (boundary.isClass() ? "," : "")
        + " calls "
        + route
        + ", which reads "
        + subject(field, evidence)
        + ": a static field that its class's initialization leaves unset ("
        + setBy
        + ")."
        + staticsAreNotShipped(field);
  }

  static String keepsEnclosingInstance(
      Boundary boundary, ClassSymbol outer, ClientEvidence evidence) {
    return capitalized(described(boundary))
        + ", keeps its enclosing instance ("
        + evidence.describe(outer.getSimpleName().toString())
        + ") and serializes it too"
        + failureAndCure(boundary);
  }

  static String fieldReadThroughThis(
      Symbol field, ClientEvidence evidence, ClassSymbol enclosing, Boundary boundary) {
    return subject(field, evidence)
        + " is read through `this` by "
        + described(boundary)
        + ", so the enclosing `"
        + enclosing.getSimpleName()
        + "` is serialized with it"
        + failureAndCure(boundary);
  }

  static String usesThis(ClassSymbol enclosing, ClientEvidence evidence, Boundary boundary) {
    return capitalized(described(boundary))
        + (boundary.isClass() ? "," : "")
        + " uses `this` ("
        + evidence.describe(enclosing.getSimpleName().toString())
        + "), so the enclosing object is serialized with it"
        + failureAndCure(boundary);
  }

  // --- EagerStaticGrpcClient --------------------------------------------------------------------

  static String eagerFieldInitializer(
      Symbol field, ExpressionTree construction, ClassSymbol owner) {
    return "The initializer of `"
        + field.getSimpleName()
        + "` creates a gRPC client ("
        + ClientTypeModel.displayName(ASTHelpers.getType(construction))
        + ") while "
        + initializedClass(owner)
        + " is initialized. "
        + WHY_CLASS_INIT_IS_TOO_EARLY;
  }

  static String eagerConstruction(ExpressionTree construction, ClassSymbol owner) {
    return "A gRPC client ("
        + ClientTypeModel.displayName(ASTHelpers.getType(construction))
        + ") is created while "
        + initializedClass(owner)
        + " is initialized. "
        + WHY_CLASS_INIT_IS_TOO_EARLY;
  }

  /**
   * Ends a finding with a pointer to the link Error Prone prints under it ("(see <url>)"), which is
   * grpc-boundary's page for the check: in build output, a bare URL does not say whose it is.
   */
  static String pointingToDocumentation(String message) {
    return message + " Bad and good code for each engine: grpc-boundary's page for this check.";
  }

  // --- Phrases ----------------------------------------------------------------------------------

  /** E.g. "a lambda (Spark `Function`) that Spark serializes and ships to executors". */
  static String described(Boundary boundary) {
    return boundary.construct()
        + (boundary.isClass() ? ", which " : " that ")
        + boundary.engine().shipping();
  }

  /** ": <what fails>. <what to do>." */
  private static String failureAndCure(Boundary boundary) {
    Engine engine = boundary.engine();
    return ": " + engine.failure() + ". " + engine.cure() + ".";
  }

  /** "`client` (TranslationServiceClient, a gRPC client)" for a variable or field. */
  private static String subject(Symbol variable, ClientEvidence evidence) {
    return "`"
        + variable.getSimpleName()
        + "` ("
        + evidence.describe(ClientTypeModel.displayName(variable.type))
        + ")";
  }

  /** The same for an expression, quoting (a shortened form of) its source. */
  private static String subject(
      ExpressionTree expression, VisitorState state, ClientEvidence evidence) {
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

  /** "`Registry.get()`". */
  private static String methodName(MethodSymbol method) {
    return "`" + method.owner.getSimpleName() + "." + method.getSimpleName() + "()`";
  }

  /**
   * "class `Name`", or for an anonymous class (such as an enum constant's body), which has no name,
   * "an anonymous class in `Enclosing`".
   */
  private static String initializedClass(ClassSymbol symbol) {
    if (!symbol.isAnonymous()) {
      return "class `" + symbol.getSimpleName() + "`";
    }
    ClassSymbol enclosing = ASTHelpers.enclosingClass(symbol);
    return enclosing == null
        ? "an anonymous class"
        : "an anonymous class in `" + enclosing.getSimpleName() + "`";
  }

  private static String capitalized(String phrase) {
    return phrase.isEmpty()
        ? phrase
        : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }

  private Messages() {}
}
