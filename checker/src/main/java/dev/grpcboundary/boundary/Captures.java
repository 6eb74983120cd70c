package dev.grpcboundary.boundary;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.util.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * What a piece of shipped code takes with it from the scope that creates it: local variables and
 * parameters it reads, and enclosing instances ({@code this}) it uses, including through nested
 * lambdas and classes inside it (the outer closure must capture those too).
 */
public final class Captures {
  /** A local variable or parameter read inside the shipped code, with its first read. */
  public record CapturedVariable(VarSymbol variable, Tree firstUse) {}

  /**
   * An enclosing instance the shipped code uses, with its first use and the instance fields it
   * reads through it (each with its first read), in source order.
   */
  public record CapturedInstance(
      ClassSymbol type, Tree firstUse, Map<VarSymbol, Tree> fieldReads) {}

  private final Map<VarSymbol, CapturedVariable> variables = new LinkedHashMap<>();
  private final Map<ClassSymbol, CapturedInstance> instances = new LinkedHashMap<>();
  private final Map<VarSymbol, Tree> staticReads = new LinkedHashMap<>();
  private final Set<VarSymbol> staticWrites = new HashSet<>();
  private final Map<MethodSymbol, Tree> calls = new LinkedHashMap<>();

  private Captures() {}

  public List<CapturedVariable> variables() {
    return new ArrayList<>(variables.values());
  }

  public List<CapturedInstance> instances() {
    return new ArrayList<>(instances.values());
  }

  /** Static fields the shipped code reads, each with its first read. Statics are not shipped. */
  public Map<VarSymbol, Tree> staticReads() {
    return staticReads;
  }

  /** Static fields the shipped code assigns itself (on the receiving side). */
  public Set<VarSymbol> staticWrites() {
    return staticWrites;
  }

  /** Methods the shipped code calls, e.g. accessors, each with its first call. */
  public Map<MethodSymbol, Tree> calls() {
    return calls;
  }

  /**
   * What the methods of a shipped class run on the receiving side: its instance methods. Not
   * constructors, which run where the object is created, and not static methods, which run only
   * where they are called: a static {@code main} that sets a static runs on the driver. Methods the
   * instance methods call are followed through {@link #calls()}.
   */
  public static Captures ofWorkerMethods(ClassTree cls, VisitorState state) {
    Captures captures = new Captures();
    Scanner scanner =
        captures.new Scanner(enclosingClasses(state.getPath().getParentPath()), state);
    ClassSymbol symbol = ASTHelpers.getSymbol(cls);
    if (symbol != null) {
      scanner.inside.push(symbol);
    }
    for (Tree member : cls.getMembers()) {
      if (member instanceof MethodTree method
          && method.getBody() != null
          && isInstanceMethod(ASTHelpers.getSymbol(method))) {
        scanner.scan(method.getBody(), null);
      }
    }
    return captures;
  }

  private static boolean isInstanceMethod(MethodSymbol method) {
    return method != null && !method.isConstructor() && !method.isStatic();
  }

  /** What {@code lambda}, at {@code state}'s path, captures. */
  public static Captures ofLambda(LambdaExpressionTree lambda, VisitorState state) {
    Captures captures = new Captures();
    Scanner scanner = captures.new Scanner(enclosingClasses(state.getPath()), state);
    for (VariableTree parameter : lambda.getParameters()) {
      scanner.declared.add(ASTHelpers.getSymbol(parameter));
    }
    scanner.scan(lambda.getBody(), null);
    return captures;
  }

  /**
   * What the body of the anonymous, local or inner class {@code cls}, at {@code state}'s path,
   * captures from outside it. Its own members (declared or inherited) are not captures.
   */
  public static Captures ofClassBody(ClassTree cls, VisitorState state) {
    Captures captures = new Captures();
    Scanner scanner =
        captures.new Scanner(enclosingClasses(state.getPath().getParentPath()), state);
    scanner.scan(cls, null);
    return captures;
  }

  /** The classes around {@code path}, innermost first. */
  private static List<ClassSymbol> enclosingClasses(TreePath path) {
    List<ClassSymbol> classes = new ArrayList<>();
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree cls) {
        ClassSymbol symbol = ASTHelpers.getSymbol(cls);
        if (symbol != null) {
          classes.add(symbol);
        }
      }
    }
    return classes;
  }

  private final class Scanner extends TreeScanner<Void, Void> {
    private final List<ClassSymbol> outside;
    private final Types types;

    /** Compared by identity: decoding every identifier's name to a String would cost more. */
    private final Names names;

    private final Set<Symbol> declared = new HashSet<>();
    private final Deque<ClassSymbol> inside = new ArrayDeque<>();

    Scanner(List<ClassSymbol> outside, VisitorState state) {
      this.outside = outside;
      this.types = state.getTypes();
      this.names = state.getNames();
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      ClassSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol == null) {
        return super.visitClass(tree, null);
      }
      inside.push(symbol);
      try {
        return super.visitClass(tree, null);
      } finally {
        inside.pop();
      }
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      declared.add(ASTHelpers.getSymbol(tree));
      return super.visitVariable(tree, null);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      for (VariableTree parameter : tree.getParameters()) {
        declared.add(ASTHelpers.getSymbol(parameter));
      }
      return super.visitLambdaExpression(tree, null);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      Symbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol == null) {
        return null;
      }
      if (tree.getName().equals(names._this) || tree.getName().equals(names._super)) {
        if (inside.isEmpty() && !outside.isEmpty()) {
          instance(outside.get(0), tree);
        }
        return null;
      }
      if (symbol instanceof VarSymbol variable) {
        if (isLocal(variable)) {
          if (!declared.contains(variable)) {
            variables.putIfAbsent(variable, new CapturedVariable(variable, tree));
          }
        } else if (variable.getKind() == ElementKind.FIELD && variable.isStatic()) {
          staticReads.putIfAbsent(variable, tree);
        } else if (variable.getKind() == ElementKind.FIELD && !variable.isStatic()) {
          ClassSymbol owner = outsideOwner(variable);
          if (owner != null) {
            instance(owner, tree).fieldReads().putIfAbsent(variable, tree);
          }
        }
      }
      return null;
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      if (ASTHelpers.getSymbol(tree.getVariable()) instanceof VarSymbol variable
          && variable.isStatic()) {
        staticWrites.add(variable);
        scan(tree.getExpression(), null);
        return null;
      }
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol called = ASTHelpers.getSymbol(tree);
      if (called != null) {
        calls.putIfAbsent(called, tree);
      }
      // An unqualified call to an instance method of an enclosing class uses that instance.
      if (tree.getMethodSelect() instanceof IdentifierTree identifier) {
        Symbol method = ASTHelpers.getSymbol(identifier);
        if (method != null && !method.isStatic() && !method.isConstructor()) {
          ClassSymbol owner = outsideOwner(method);
          if (owner != null) {
            instance(owner, tree);
          }
        }
        scan(tree.getTypeArguments(), null);
        scan(tree.getArguments(), null);
        return null;
      }
      return super.visitMethodInvocation(tree, null);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      ClassSymbol qualifiedThis = qualifiedThis(tree);
      if (qualifiedThis != null) {
        // Outer.this: captured unless Outer is declared inside the shipped code.
        if (!inside.contains(qualifiedThis)) {
          instance(qualifiedThis, tree);
        }
        return null;
      }
      Symbol selected = ASTHelpers.getSymbol(tree);
      if (selected instanceof VarSymbol field
          && field.getKind() == ElementKind.FIELD
          && field.isStatic()) {
        staticReads.putIfAbsent(field, tree);
        return super.visitMemberSelect(tree, null);
      }
      ClassSymbol receiver = thisReceiver(tree);
      if (receiver != null
          && selected instanceof VarSymbol field
          && field.getKind() == ElementKind.FIELD
          && !field.isStatic()) {
        instance(receiver, tree).fieldReads().putIfAbsent(field, tree);
        return null;
      }
      return super.visitMemberSelect(tree, null);
    }

    /** The enclosing class whose {@code this} {@code this.x} or {@code Outer.this.x} reads. */
    private ClassSymbol thisReceiver(MemberSelectTree tree) {
      if (tree.getExpression() instanceof IdentifierTree identifier
          && identifier.getName().equals(names._this)) {
        return inside.isEmpty() && !outside.isEmpty() ? outside.get(0) : null;
      }
      if (tree.getExpression() instanceof MemberSelectTree select) {
        ClassSymbol outer = qualifiedThis(select);
        return outer != null && !inside.contains(outer) ? outer : null;
      }
      return null;
    }

    private ClassSymbol qualifiedThis(MemberSelectTree tree) {
      if (tree.getIdentifier().equals(names._this)
          && ASTHelpers.getSymbol(tree.getExpression()) instanceof ClassSymbol outer) {
        return outer;
      }
      return null;
    }

    /**
     * The enclosing class outside the shipped code whose instance member {@code member} is, or null
     * when a class declared inside the shipped code has it (then it is not a capture).
     */
    private ClassSymbol outsideOwner(Symbol member) {
      for (ClassSymbol cls : inside) {
        if (member.isMemberOf(cls, types)) {
          return null;
        }
      }
      for (ClassSymbol cls : outside) {
        if (member.isMemberOf(cls, types)) {
          return cls;
        }
      }
      return null;
    }

    private CapturedInstance instance(ClassSymbol type, Tree use) {
      return instances.computeIfAbsent(
          type, t -> new CapturedInstance(t, use, new LinkedHashMap<>()));
    }
  }

  private static boolean isLocal(VarSymbol variable) {
    return switch (variable.getKind()) {
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE ->
          true;
      default -> false;
    };
  }

  /** Whether {@code field} is skipped by serialization. */
  public static boolean isTransient(VarSymbol field) {
    return (field.flags() & Flags.TRANSIENT) != 0;
  }
}
