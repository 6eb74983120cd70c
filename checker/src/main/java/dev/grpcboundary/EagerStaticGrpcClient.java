package dev.grpcboundary;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.grpcboundary.boundary.HolderClass;
import dev.grpcboundary.boundary.StaticInitialization;
import dev.grpcboundary.client.ClientConstructions;
import dev.grpcboundary.client.ClientTypeModel;
import dev.grpcboundary.config.Documentation;
import dev.grpcboundary.config.FlagError;
import dev.grpcboundary.config.GrpcBoundaryConfig;
import dev.grpcboundary.fix.HolderFix;
import java.util.List;
import javax.inject.Inject;

/**
 * Flags gRPC clients created while a class is initialized: in a static field initializer, a {@code
 * static {}} block, or (for enums, whose constants are created then) an enum's instance fields and
 * constructors.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "A gRPC client is created during class initialization, before a snapshot or fork",
    severity = WARNING,
    linkType = CUSTOM,
    link = Documentation.BUG_PATTERNS + "EagerStaticGrpcClient.md")
public final class EagerStaticGrpcClient extends BugChecker implements ClassTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final FlagError flagError;
  private final GrpcBoundaryConfig config;

  /** Instantiated reflectively by Error Prone, with no flags. */
  public EagerStaticGrpcClient() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiated by Error Prone with the {@code -XepOpt:GrpcBoundary:*} flags. */
  @Inject
  public EagerStaticGrpcClient(ErrorProneFlags flags) {
    this.flagError = FlagError.parse(flags);
    this.config = flagError.config();
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    if (flagError.isPresent()) {
      return flagError.reportOnce(this, tree, state);
    }
    return IncompleteClasspath.orNoMatch(() -> checkClass(tree, state));
  }

  private Description checkClass(ClassTree tree, VisitorState state) {
    ClassSymbol symbol = ASTHelpers.getSymbol(tree);
    if (symbol == null) {
      return Description.NO_MATCH;
    }
    // An enum's constants are created while the enum is initialized, and with them its fields.
    boolean instancesToo = symbol.isEnum();
    // Most classes' initialization runs no code. Error Prone has just reached this class, so its
    // members are at hand: looking at them here costs less than any record kept for the whole
    // compilation.
    if (!instancesToo && !runsInitializationCode(tree)) {
      return Description.NO_MATCH;
    }
    ClientTypeModel model = ClientTypeModel.instance(state, config);
    // Asked only of classes that create a client: most create none.
    Supplier<Boolean> holder = Suppliers.memoize(() -> HolderClass.isHolder(tree, model));
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree field && field.getInitializer() != null) {
        VarSymbol variable = ASTHelpers.getSymbol(field);
        if (variable != null && (variable.isStatic() || instancesToo)) {
          List<ExpressionTree> constructions =
              ClientConstructions.in(field.getInitializer(), model);
          if (!constructions.isEmpty() && !holder.get()) {
            reportField(field, variable, tree, constructions, state);
          }
        }
      } else if (member instanceof BlockTree block && (block.isStatic() || instancesToo)) {
        reportEach(ClientConstructions.in(block, model), symbol, holder, state);
      } else if (instancesToo && member instanceof MethodTree method) {
        MethodSymbol methodSymbol = ASTHelpers.getSymbol(method);
        if (methodSymbol != null && methodSymbol.isConstructor() && method.getBody() != null) {
          reportEach(ClientConstructions.in(method.getBody(), model), symbol, holder, state);
        }
      }
    }
    return Description.NO_MATCH;
  }

  /** Whether initializing the class runs any code: a static field initializer or static block. */
  private static boolean runsInitializationCode(ClassTree tree) {
    for (Tree member : tree.getMembers()) {
      if (StaticInitialization.isInitializationCode(member)) {
        return true;
      }
    }
    return false;
  }

  private void reportField(
      VariableTree field,
      VarSymbol variable,
      ClassTree owner,
      List<ExpressionTree> constructions,
      VisitorState state) {
    Description.Builder description =
        buildDescription(field)
            .setMessage(
                Messages.pointingToDocumentation(
                    Messages.eagerFieldInitializer(
                        variable, constructions.get(0), ASTHelpers.getSymbol(owner))));
    HolderFix.forField(field, variable, owner, state).ifPresent(description::addFix);
    state.reportMatch(description.build());
  }

  private void reportEach(
      List<ExpressionTree> constructions,
      ClassSymbol owner,
      Supplier<Boolean> holder,
      VisitorState state) {
    if (constructions.isEmpty() || holder.get()) {
      return;
    }
    for (ExpressionTree construction : constructions) {
      state.reportMatch(
          buildDescription(construction)
              .setMessage(
                  Messages.pointingToDocumentation(Messages.eagerConstruction(construction, owner)))
              .build());
    }
  }
}
