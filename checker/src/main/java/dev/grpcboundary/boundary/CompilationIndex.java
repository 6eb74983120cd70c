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
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.tools.JavaFileObject;

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

  /** For each class of the compilation: where it, or a subclass, is instantiated. */
  private final Map<ClassSymbol, List<TreePath>> instantiations = new HashMap<>();

  /** For each static field: the methods that assign it, in source order. */
  private final Map<VarSymbol, Set<MethodSymbol>> staticWriters = new LinkedHashMap<>();

  private CompilationIndex() {}

  public static CompilationIndex of(VisitorState state) {
    CompilationIndex index = state.context.get(KEY);
    if (index == null) {
      index = new CompilationIndex();
      for (CompilationUnitTree unit : compilationUnits(state)) {
        index.new Scanner().scan(unit, null);
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
  public List<TreePath> instantiations(ClassSymbol cls) {
    return instantiations.getOrDefault(cls, ImmutableList.of());
  }

  /** The methods of this compilation that assign the static {@code field}. */
  public ImmutableList<MethodSymbol> staticWriters(VarSymbol field) {
    return ImmutableList.copyOf(staticWriters.getOrDefault(field, Set.of()));
  }

  /** The compilation units being compiled, found through their top-level classes. */
  private static List<CompilationUnitTree> compilationUnits(VisitorState state) {
    JavacTrees trees = JavacTrees.instance(state.context);
    Set<CompilationUnitTree> units = new LinkedHashSet<>();
    units.add(state.getPath().getCompilationUnit());
    // Copied first: looking up a path must not touch the symbol table while it is iterated.
    List<ClassSymbol> classes = new ArrayList<>();
    Symtab.instance(state.context).getAllClasses().forEach(classes::add);
    for (ClassSymbol cls : classes) {
      if (cls.owner instanceof PackageSymbol && isCompiledHere(cls)) {
        TreePath path = trees.getPath(cls);
        if (path != null) {
          units.add(path.getCompilationUnit());
        }
      }
    }
    return new ArrayList<>(units);
  }

  /** Whether {@code cls} comes from a source file of this compilation, not from a class file. */
  private static boolean isCompiledHere(ClassSymbol cls) {
    return cls.sourcefile != null
        && cls.sourcefile.getKind() == JavaFileObject.Kind.SOURCE
        && (cls.classfile == null || cls.classfile.getKind() == JavaFileObject.Kind.SOURCE);
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private MethodSymbol method;

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
      instantiated(ASTHelpers.getType(tree));
      return super.visitNewClass(tree, null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      if (tree.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
        instantiated(ASTHelpers.getType(tree.getQualifierExpression()));
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
    private void instantiated(Type type) {
      try {
        for (Type current = type;
            current != null && current.hasTag(TypeTag.CLASS);
            current = ((ClassSymbol) current.tsym).getSuperclass()) {
          if (!(current.tsym instanceof ClassSymbol cls) || !isCompiledHere(cls)) {
            return; // From a jar: it and its superclasses are instantiated elsewhere too.
          }
          instantiations.computeIfAbsent(cls, c -> new ArrayList<>()).add(getCurrentPath());
        }
      } catch (CompletionFailure missingSuperclass) {
        // What was recorded stands; a missing superclass is not compiled here anyway.
      }
    }
  }
}
