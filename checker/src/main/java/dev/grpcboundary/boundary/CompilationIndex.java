package dev.grpcboundary.boundary;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * Facts about the whole compilation that no single class shows: where each class of it is
 * instantiated, and which methods assign each static field. Error Prone runs after every class has
 * been attributed (its required {@code -XDcompilePolicy=simple}), so all trees are there.
 *
 * <p>Built once per compilation, on first use (most compilations never need it), and kept in the
 * compilation's javac {@link Context}, so it dies with it.
 */
public final class CompilationIndex {
  private static final Context.Key<CompilationIndex> KEY = new Context.Key<>();

  /**
   * For each class of the compilation: where it, or a subclass, is instantiated. Kept as trees, not
   * paths: the index scans every file, and only the few classes a finding asks about need a path.
   */
  private final Map<ClassSymbol, List<Site>> instantiations = new HashMap<>();

  private record Site(CompilationUnitTree unit, Tree tree) {
    TreePath path() {
      return TreePath.getPath(unit, tree);
    }
  }

  /** For each static field: the methods that assign it, in source order. */
  private final Map<VarSymbol, Set<MethodSymbol>> staticWriters = new LinkedHashMap<>();

  private CompilationIndex() {}

  public static CompilationIndex of(VisitorState state) {
    CompilationIndex index = state.context.get(KEY);
    if (index == null) {
      index = new CompilationIndex();
      for (CompilationUnitTree unit : compilationUnits(state)) {
        index.new Scanner(unit, Enter.instance(state.context)).scan(unit, null);
      }
      state.context.put(KEY, index);
    }
    return index;
  }

  /**
   * Where instances of {@code cls} (or of a subclass) are created in this compilation: {@code new}
   * expressions, anonymous subclasses and constructor references. Empty when none is (a class only
   * a library or a caller elsewhere instantiates).
   */
  public ImmutableList<TreePath> instantiations(ClassSymbol cls) {
    return instantiations.getOrDefault(cls, List.of()).stream()
        .map(Site::path)
        .collect(ImmutableList.toImmutableList());
  }

  /** The methods of this compilation that assign the static {@code field}. */
  public ImmutableList<MethodSymbol> staticWriters(VarSymbol field) {
    return ImmutableList.copyOf(staticWriters.getOrDefault(field, Set.of()));
  }

  /**
   * The compilation units being compiled, found through the environments javac keeps for the
   * classes it entered from source (a class path's classes have none), in file order.
   */
  private static List<CompilationUnitTree> compilationUnits(VisitorState state) {
    Set<CompilationUnitTree> units = new LinkedHashSet<>();
    units.add(state.getPath().getCompilationUnit());
    for (Env<AttrContext> env : Enter.instance(state.context).getEnvs()) {
      if (env.toplevel != null) {
        units.add(env.toplevel);
      }
    }
    List<CompilationUnitTree> ordered = new ArrayList<>(units);
    ordered.sort(Comparator.comparing(unit -> unit.getSourceFile().getName()));
    return ordered;
  }

  /**
   * Whether {@code cls} comes from a source file of this compilation, not from a class file: javac
   * keeps an environment for exactly those classes.
   */
  static boolean isCompiledHere(ClassSymbol cls, Enter enter) {
    return enter.getEnv(cls) != null;
  }

  private final class Scanner extends TreeScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private final Enter enter;
    private MethodSymbol method;

    Scanner(CompilationUnitTree unit, Enter enter) {
      this.unit = unit;
      this.enter = enter;
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      MethodSymbol outer = method;
      method = ASTHelpers.getSymbol(tree);
      try {
        return super.visitMethod(tree, null);
      } finally {
        method = outer;
      }
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      instantiated(ASTHelpers.getType(tree), tree);
      return super.visitNewClass(tree, null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      if (tree.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
        instantiated(ASTHelpers.getType(tree.getQualifierExpression()), tree);
      }
      return super.visitMemberReference(tree, null);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      written(ASTHelpers.getSymbol(tree.getVariable()));
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
      written(ASTHelpers.getSymbol(tree.getVariable()));
      return super.visitCompoundAssignment(tree, null);
    }

    private void written(Symbol variable) {
      if (method != null
          && variable instanceof VarSymbol field
          && field.getKind() == ElementKind.FIELD
          && field.isStatic()) {
        staticWriters.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(method);
      }
    }

    /** Records the instantiation under the class and every superclass compiled here. */
    private void instantiated(Type type, Tree site) {
      try {
        for (Type current = type;
            current != null && current.hasTag(TypeTag.CLASS);
            current = ((ClassSymbol) current.tsym).getSuperclass()) {
          if (!(current.tsym instanceof ClassSymbol cls) || !isCompiledHere(cls, enter)) {
            return; // From a jar: it and its superclasses are instantiated elsewhere too.
          }
          instantiations.computeIfAbsent(cls, c -> new ArrayList<>()).add(new Site(unit, site));
        }
      } catch (CompletionFailure missingSuperclass) {
        // What was recorded stands; a missing superclass is not compiled here anyway.
      }
    }
  }
}
