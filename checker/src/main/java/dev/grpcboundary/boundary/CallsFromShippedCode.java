package dev.grpcboundary.boundary;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.util.Context;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * What shipped code does to static fields through the methods of this compilation that it calls:
 * {@code Registry.get()} reading a static that only {@code main} sets is as null on a worker as a
 * direct read. Calls are followed {@value #MAX_CALL_DEPTH} deep, breadth first, so each static is
 * reached by its shortest route; methods from jars have no body here and end a route.
 *
 * <p>Each method's own reads, writes and calls are worked out once per compilation and kept in its
 * javac {@link Context}.
 */
public final class CallsFromShippedCode {
  /** How many calls deep a route from shipped code to a static read may be. */
  public static final int MAX_CALL_DEPTH = 3;

  private static final Context.Key<Bodies> BODIES = new Context.Key<>();

  /** The compilation's method bodies, each scanned once, and its classes' methods by symbol. */
  private record Bodies(
      Map<MethodSymbol, Body> bodies, Map<ClassSymbol, Map<MethodSymbol, MethodTree>> methods) {}

  /** A static read reached through calls: the methods from the first call to the reader. */
  public record StaticRead(VarSymbol field, Tree call, ImmutableList<MethodSymbol> route) {}

  /** What one method body does itself. */
  private record Body(
      Set<VarSymbol> staticReads, Set<VarSymbol> staticWrites, Set<MethodSymbol> calls) {
    static final Body NONE = new Body(Set.of(), Set.of(), Set.of());
  }

  private final Map<VarSymbol, StaticRead> reads = new LinkedHashMap<>();
  private final Set<VarSymbol> writes = new HashSet<>();

  private CallsFromShippedCode() {}

  /** Follows {@code calls}, each with the call tree in shipped code that makes it. */
  public static CallsFromShippedCode follow(Map<MethodSymbol, Tree> calls, VisitorState state) {
    CallsFromShippedCode result = new CallsFromShippedCode();
    record Step(MethodSymbol method, Tree call, ImmutableList<MethodSymbol> route) {}
    Deque<Step> queue = new ArrayDeque<>();
    Set<MethodSymbol> seen = new HashSet<>();
    Enter enter = Enter.instance(state.context);
    calls.forEach(
        (method, call) -> {
          // Methods from jars have no body here: they end a route before it starts.
          if (isCompiledHere(method, enter) && seen.add(method)) {
            queue.add(new Step(method, call, ImmutableList.of(method)));
          }
        });
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      Body body = body(step.method(), state);
      result.writes.addAll(body.staticWrites());
      for (VarSymbol field : body.staticReads()) {
        result.reads.putIfAbsent(field, new StaticRead(field, step.call(), step.route()));
      }
      if (step.route().size() < MAX_CALL_DEPTH) {
        for (MethodSymbol next : body.calls()) {
          if (seen.add(next)) {
            queue.add(
                new Step(
                    next,
                    step.call(),
                    ImmutableList.<MethodSymbol>builder().addAll(step.route()).add(next).build()));
          }
        }
      }
    }
    return result;
  }

  /** Static fields read in the called methods, each by its shortest route. */
  public List<StaticRead> staticReads() {
    return new ArrayList<>(reads.values());
  }

  /** Whether a called method may assign {@code field}, as a lazy accessor does. */
  public boolean mayAssign(VarSymbol field) {
    return writes.contains(field);
  }

  private static Body body(MethodSymbol method, VisitorState state) {
    Bodies cache = state.context.get(BODIES);
    if (cache == null) {
      cache = new Bodies(new HashMap<>(), new HashMap<>());
      state.context.put(BODIES, cache);
    }
    Body body = cache.bodies().get(method);
    if (body == null) {
      body = scan(declaration(method, cache, state), Enter.instance(state.context));
      cache.bodies().put(method, body);
    }
    return body;
  }

  /**
   * The tree of {@code method}, or null for a method from a jar. Found among its class's members,
   * listed once per class: javac's own lookup scans the whole class for each method.
   */
  private static MethodTree declaration(MethodSymbol method, Bodies cache, VisitorState state) {
    ClassSymbol owner = method.enclClass();
    if (owner == null) {
      return null;
    }
    Map<MethodSymbol, MethodTree> methods = cache.methods().get(owner);
    if (methods == null) {
      methods = new HashMap<>();
      Env<AttrContext> env = Enter.instance(state.context).getEnv(owner);
      if (env != null && env.tree instanceof ClassTree cls) {
        for (Tree member : cls.getMembers()) {
          if (member instanceof MethodTree tree && ASTHelpers.getSymbol(tree) != null) {
            methods.put(ASTHelpers.getSymbol(tree), tree);
          }
        }
      }
      cache.methods().put(owner, methods);
    }
    return methods.get(method);
  }

  private static boolean isCompiledHere(MethodSymbol method, Enter enter) {
    return method.enclClass() != null && CompilationIndex.isCompiledHere(method.enclClass(), enter);
  }

  /** What {@code method} does itself; only calls of methods compiled here are kept. */
  private static Body scan(MethodTree method, Enter enter) {
    if (method == null || method.getBody() == null) {
      return Body.NONE;
    }
    Set<VarSymbol> reads = new LinkedHashSet<>();
    Set<VarSymbol> writes = new HashSet<>();
    Set<MethodSymbol> calls = new LinkedHashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        addIfStaticField(ASTHelpers.getSymbol(tree), reads);
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        addIfStaticField(ASTHelpers.getSymbol(tree), reads);
        return super.visitMemberSelect(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        addIfStaticField(ASTHelpers.getSymbol(tree.getVariable()), writes);
        scan(tree.getExpression(), null);
        return null;
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        addIfStaticField(ASTHelpers.getSymbol(tree.getVariable()), writes);
        return super.visitCompoundAssignment(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        MethodSymbol called = ASTHelpers.getSymbol(tree);
        if (called != null && isCompiledHere(called, enter)) {
          calls.add(called);
        }
        return super.visitMethodInvocation(tree, null);
      }
    }.scan(method.getBody(), null);
    return new Body(reads, writes, calls);
  }

  private static void addIfStaticField(Symbol symbol, Set<VarSymbol> into) {
    if (symbol instanceof VarSymbol field
        && field.getKind() == ElementKind.FIELD
        && field.isStatic()) {
      into.add(field);
    }
  }
}
