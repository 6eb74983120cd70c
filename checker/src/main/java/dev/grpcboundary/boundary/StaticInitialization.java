package dev.grpcboundary.boundary;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCBlock;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.util.Context;
import dev.grpcboundary.client.ClientTypeModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What class initialization does to the static fields of this compilation. Statics are never
 * serialized: on a worker JVM a static holds what that JVM's class initialization (or code running
 * there) put in it, not what the driver assigned.
 *
 * <p>Only classes compiled in this compilation can be inspected; a static field from a jar is never
 * "left unset", the conservative answer, which callers treat as "no finding". Worked out once per
 * compilation, in one pass over its classes' members, and kept in its javac {@link Context}.
 */
public final class StaticInitialization {
  private static final Context.Key<StaticInitialization> KEY = new Context.Key<>();

  /** The static fields without an initializer that no {@code static {}} block of theirs assigns. */
  private final Set<VarSymbol> leftUnset = new LinkedHashSet<>();

  /** Per client model (one per configuration), {@link #anyLeftUnsetHoldsClient}'s answer. */
  private final Map<ClientTypeModel, Boolean> anyLeftUnsetHoldsClient = new IdentityHashMap<>(1);

  private StaticInitialization() {}

  public static StaticInitialization of(VisitorState state) {
    StaticInitialization initialization = state.context.get(KEY);
    if (initialization == null) {
      initialization = new StaticInitialization();
      initialization.scan(Enter.instance(state.context));
      state.context.put(KEY, initialization);
    }
    return initialization;
  }

  /**
   * Whether {@code field} is left unset by its class's initialization: it has no initializer and no
   * {@code static {}} block assigns it, so in a fresh JVM it is null until someone sets it.
   */
  public boolean isLeftUnset(VarSymbol field) {
    return leftUnset.contains(field);
  }

  /**
   * Whether any static field left unset holds a client by {@code model}: when none does, no code of
   * the compilation can read a client that only the driver set, and nothing needs to be followed.
   * Asked for every piece of shipped code, so answered once per model.
   */
  public boolean anyLeftUnsetHoldsClient(ClientTypeModel model) {
    return anyLeftUnsetHoldsClient.computeIfAbsent(
        model, m -> leftUnset.stream().anyMatch(field -> m.evidence(field.type).isPresent()));
  }

  /**
   * Whether the code at {@code path} runs as part of its class's initialization: in a static
   * field's initializer or a {@code static {}} block, and not inside a lambda, method or class
   * declared there (those run whenever they are called).
   */
  public static boolean runsInClassInitialization(TreePath path) {
    for (TreePath child = path, parent = path.getParentPath();
        parent != null;
        child = parent, parent = parent.getParentPath()) {
      Tree leaf = parent.getLeaf();
      if (leaf instanceof LambdaExpressionTree || leaf instanceof MethodTree) {
        return false;
      }
      if (leaf instanceof ClassTree) {
        return isInitializationCode(child.getLeaf());
      }
    }
    return false;
  }

  /**
   * Whether the class member {@code member} is code its class's initialization runs: a static field
   * with an initializer that is not a compile-time constant, or a {@code static {}} block. A
   * constant ({@code serialVersionUID}, a {@code String}) runs nothing: javac writes its value into
   * the class file, and a constant expression cannot create anything.
   */
  public static boolean isInitializationCode(Tree member) {
    return member instanceof VariableTree field
        ? field.getInitializer() != null && isStaticNonConstant(ASTHelpers.getSymbol(field))
        : member instanceof BlockTree block && block.isStatic();
  }

  private static boolean isStaticNonConstant(VarSymbol field) {
    // An interface's fields are static without saying so: the symbol knows.
    return field != null && field.isStatic() && field.getConstValue() == null;
  }

  /** Every class compiled here has an environment in javac's {@link Enter}, nested ones too. */
  private void scan(Enter enter) {
    for (Env<AttrContext> env : enter.getEnvs()) {
      if (env.tree instanceof JCClassDecl cls) {
        scan(cls);
      }
    }
  }

  /**
   * Runs over every member of every class, once per compilation (the cost of this check on code
   * without static clients): it reads javac's trees directly and allocates nothing for the many
   * classes without a candidate.
   */
  private void scan(JCClassDecl cls) {
    List<VarSymbol> candidates = null;
    for (JCTree member : cls.defs) {
      if (member instanceof JCVariableDecl field
          && field.init == null
          // A final static without an initializer is definitely assigned by a static block, and
          // an interface's fields all have initializers.
          && (field.mods.flags & (Flags.STATIC | Flags.FINAL)) == Flags.STATIC
          && field.sym != null) {
        if (candidates == null) {
          candidates = new ArrayList<>();
        }
        candidates.add(field.sym);
      }
    }
    if (candidates != null) {
      for (JCTree member : cls.defs) {
        if (member instanceof JCBlock block && block.isStatic()) {
          candidates.removeIf(field -> Assignments.assigns(block, field));
        }
      }
      leftUnset.addAll(candidates);
    }
  }
}
