package dev.grpcboundary.boundary;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * Facts about the whole compilation that no single class shows: where each class of it is
 * instantiated, and which methods assign each static field. Error Prone runs after every class has
 * been attributed (its required {@code -XDcompilePolicy=simple}), so all trees are there.
 *
 * <p>Only the files that can name the class or field asked about are scanned, each once: a private
 * class can only be instantiated in its own file and a package-private one in its package, unless a
 * subclass reaches further. Kept in the compilation's javac {@link Context}, so it dies with it.
 */
public final class CompilationIndex {
  private static final Context.Key<CompilationIndex> KEY = new Context.Key<>();

  /** How far code can name a symbol, from its modifiers and those of its enclosing classes. */
  private enum Reach {
    FILE,
    PACKAGE,
    EVERYWHERE
  }

  private final Enter enter;
  private final Types types;

  /** The files being compiled, in file order. */
  private final List<JCCompilationUnit> units;

  /** What each file scanned so far creates and assigns. */
  private final Map<CompilationUnitTree, FileIndex> scanned = new HashMap<>();

  /**
   * Per class, the files its subclasses compiled here reach; built on first use in one pass over
   * the compilation's classes and their superclass chains.
   */
  private Map<ClassSymbol, Set<JCCompilationUnit>> reachedBySubclasses;

  /**
   * Where one file instantiates each class of the compilation (under the class and every superclass
   * compiled here), and which of its methods assign each static field, in source order. Kept as
   * trees, not paths: only the few classes a finding asks about need a path.
   */
  private record FileIndex(
      Map<ClassSymbol, List<Tree>> instantiations,
      Map<VarSymbol, Set<MethodSymbol>> writers,
      Map<MethodSymbol, List<Tree>> uses) {}

  private CompilationIndex(VisitorState state) {
    this.enter = Enter.instance(state.context);
    this.types = state.getTypes();
    this.units = compilationUnits(state, enter);
  }

  public static CompilationIndex of(VisitorState state) {
    CompilationIndex index = state.context.get(KEY);
    if (index == null) {
      index = new CompilationIndex(state);
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
    ImmutableList.Builder<TreePath> paths = ImmutableList.builder();
    for (JCCompilationUnit unit : unitsReaching(cls, cls)) {
      for (Tree site : scan(unit).instantiations().getOrDefault(cls, List.of())) {
        addPath(paths, unit, site);
      }
    }
    return paths.build();
  }

  /** The methods of this compilation that assign the static {@code field}. */
  public ImmutableList<MethodSymbol> staticWriters(VarSymbol field) {
    Set<MethodSymbol> writers = new LinkedHashSet<>();
    for (JCCompilationUnit unit : unitsReaching(field, field.enclClass())) {
      writers.addAll(scan(unit).writers().getOrDefault(field, Set.of()));
    }
    return ImmutableList.copyOf(writers);
  }

  /**
   * Where this compilation calls {@code method} or refers to it ({@code this::helper}; for a
   * constructor, {@code new}), or empty when code outside the compilation may call it: only a
   * method that is private or package-private, or whose class is, and that overrides nothing, is
   * called from nowhere else.
   */
  public Optional<ImmutableList<TreePath>> usesIfOnlyUsedHere(MethodSymbol method) {
    ClassSymbol owner = method.enclClass();
    if (owner == null
        || !isCompiledHere(owner, enter)
        || reachIncludingSubclasses(method, owner) == Reach.EVERYWHERE
        || overridesAnything(method)) {
      return Optional.empty();
    }
    ImmutableList.Builder<TreePath> paths = ImmutableList.builder();
    for (JCCompilationUnit unit : unitsReaching(method, owner)) {
      for (Tree use : scan(unit).uses().getOrDefault(method, List.of())) {
        addPath(paths, unit, use);
      }
    }
    return Optional.of(paths.build());
  }

  /** The path of a tree the scanner found in {@code unit}; javac's lookup finds it there too. */
  private static void addPath(
      ImmutableList.Builder<TreePath> paths, CompilationUnitTree unit, Tree tree) {
    TreePath path = TreePath.getPath(unit, tree);
    if (path != null) {
      paths.add(path);
    }
  }

  private Reach reachIncludingSubclasses(Symbol symbol, ClassSymbol owner) {
    Reach reach = reach(symbol);
    if (reach == Reach.EVERYWHERE || !widenedBySubclasses(symbol)) {
      return reach;
    }
    return unitsReachedBySubclasses(owner).size() == units.size() ? Reach.EVERYWHERE : reach;
  }

  private Set<JCCompilationUnit> unitsReachedBySubclasses(ClassSymbol owner) {
    if (reachedBySubclasses == null) {
      reachedBySubclasses = new HashMap<>();
      for (Env<AttrContext> env : enter.getEnvs()) {
        ClassSymbol subclass = env.enclClass == null ? null : env.enclClass.sym;
        if (subclass != null && topLevelClass(subclass) != null) {
          List<JCCompilationUnit> reached = unitsWithin(subclass, reach(subclass));
          for (ClassSymbol ancestor : superclassesCompiledHere(subclass)) {
            reachedBySubclasses.computeIfAbsent(ancestor, a -> new HashSet<>()).addAll(reached);
          }
        }
      }
    }
    return reachedBySubclasses.getOrDefault(owner, Set.of());
  }

  private List<ClassSymbol> superclassesCompiledHere(ClassSymbol cls) {
    List<ClassSymbol> superclasses = new ArrayList<>();
    try {
      for (Type current = cls.getSuperclass();
          current != null
              && current.hasTag(TypeTag.CLASS)
              && current.tsym instanceof ClassSymbol superclass
              && isCompiledHere(superclass, enter);
          current = superclass.getSuperclass()) {
        superclasses.add(superclass);
      }
    } catch (CompletionFailure missingSuperclass) {
      // The chain ends at what javac can complete; a missing class is not compiled here.
    }
    return superclasses;
  }

  private boolean overridesAnything(MethodSymbol method) {
    if (method.isStatic() || method.isConstructor()) {
      return false;
    }
    try {
      return !ASTHelpers.findSuperMethods(method, types).isEmpty();
    } catch (CompletionFailure missingSupertype) {
      return true;
    }
  }

  private FileIndex scan(CompilationUnitTree unit) {
    FileIndex index = scanned.get(unit);
    if (index == null) {
      index = new FileIndex(new HashMap<>(), new LinkedHashMap<>(), new HashMap<>());
      new Scanner(index).scan(unit, null);
      scanned.put(unit, index);
    }
    return index;
  }

  /**
   * The files where code can name {@code symbol}, a class or a member of {@code owner}: as far as
   * the symbol reaches, or further when a subclass of {@code owner} compiled here reaches further
   * (a public subclass of a package-private class is instantiated, and inherits its public static
   * fields, anywhere).
   */
  private List<JCCompilationUnit> unitsReaching(Symbol symbol, ClassSymbol owner) {
    Set<JCCompilationUnit> reached = new HashSet<>(unitsWithin(symbol, reach(symbol)));
    if (owner != null && reached.size() < units.size() && widenedBySubclasses(symbol)) {
      reached.addAll(unitsReachedBySubclasses(owner));
    }
    return units.stream().filter(reached::contains).toList();
  }

  private List<JCCompilationUnit> unitsWithin(Symbol symbol, Reach reach) {
    return switch (reach) {
      case FILE -> {
        ClassSymbol topLevel = topLevelClass(symbol);
        Env<AttrContext> env = topLevel == null ? null : enter.getEnv(topLevel);
        yield env == null || env.toplevel == null ? units : List.of(env.toplevel);
      }
      case PACKAGE -> {
        PackageSymbol pkg = packageOf(symbol);
        yield pkg == null ? units : units.stream().filter(unit -> unit.packge == pkg).toList();
      }
      case EVERYWHERE -> units;
    };
  }

  /**
   * Whether a subclass can reach {@code symbol} further than its own class does: a class is
   * instantiated wherever a subclass is, and a public or protected member is inherited; a private
   * or package-private member is not accessible through a subclass elsewhere.
   */
  private static boolean widenedBySubclasses(Symbol symbol) {
    return symbol instanceof ClassSymbol
        || (symbol.flags() & (Flags.PUBLIC | Flags.PROTECTED)) != 0;
  }

  /**
   * The top-level class around {@code symbol}, or null when its owners do not end in a package
   * (javac's own symbols for module and package declarations; {@code outermostClass()} would throw
   * there).
   */
  private static ClassSymbol topLevelClass(Symbol symbol) {
    for (Symbol current = symbol; current != null; current = current.owner) {
      if (current.owner instanceof PackageSymbol) {
        return current instanceof ClassSymbol cls ? cls : null;
      }
    }
    return null;
  }

  private static PackageSymbol packageOf(Symbol symbol) {
    for (Symbol current = symbol; current != null; current = current.owner) {
      if (current instanceof PackageSymbol pkg) {
        return pkg;
      }
    }
    return null;
  }

  /** The narrowest access on the way from {@code symbol} out to its package. */
  private static Reach reach(Symbol symbol) {
    Reach reach = Reach.EVERYWHERE;
    for (Symbol current = symbol;
        current != null && !(current instanceof PackageSymbol);
        current = current.owner) {
      if (current instanceof ClassSymbol cls
          && (cls.isAnonymous() || cls.isDirectlyOrIndirectlyLocal())) {
        return Reach.FILE;
      }
      long flags = current.flags();
      if ((flags & Flags.PRIVATE) != 0) {
        return Reach.FILE;
      }
      if ((flags & (Flags.PUBLIC | Flags.PROTECTED)) == 0) {
        reach = Reach.PACKAGE;
      }
    }
    return reach;
  }

  /**
   * The compilation units being compiled, found through the environments javac keeps for the
   * classes it entered from source (a class path's classes have none), in file order.
   */
  private static List<JCCompilationUnit> compilationUnits(VisitorState state, Enter enter) {
    Set<JCCompilationUnit> units = new LinkedHashSet<>();
    units.add((JCCompilationUnit) state.getPath().getCompilationUnit());
    for (Env<AttrContext> env : enter.getEnvs()) {
      if (env.toplevel != null) {
        units.add(env.toplevel);
      }
    }
    List<JCCompilationUnit> ordered = new ArrayList<>(units);
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
    private final FileIndex index;
    private MethodSymbol method;

    Scanner(FileIndex index) {
      this.index = index;
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
      used(ASTHelpers.getSymbol(tree), tree);
      return super.visitNewClass(tree, null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      if (tree.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
        instantiated(ASTHelpers.getType(tree.getQualifierExpression()), tree);
      }
      used(ASTHelpers.getSymbol(tree), tree);
      return super.visitMemberReference(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      used(ASTHelpers.getSymbol(tree), tree);
      return super.visitMethodInvocation(tree, null);
    }

    private void used(Symbol symbol, Tree use) {
      if (symbol instanceof MethodSymbol called
          && called.enclClass() != null
          && isCompiledHere(called.enclClass(), enter)) {
        index.uses().computeIfAbsent(called, m -> new ArrayList<>()).add(use);
      }
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
        index.writers().computeIfAbsent(field, f -> new LinkedHashSet<>()).add(method);
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
          index.instantiations().computeIfAbsent(cls, c -> new ArrayList<>()).add(site);
        }
      } catch (CompletionFailure missingSuperclass) {
        // What was recorded stands; a missing superclass is not compiled here anyway.
      }
    }
  }
}
