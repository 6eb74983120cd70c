package dev.grpcboundary.boundary;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
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
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Scope;
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
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
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
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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

  /** The file being checked when the index was made: javac has an environment for it too. */
  private final JCCompilationUnit firstAsked;

  /** The files being compiled, listed on first use: questions about private classes need none. */
  private List<JCCompilationUnit> units;

  /** What each file scanned so far creates and assigns. */
  private final Map<CompilationUnitTree, FileIndex> scanned = new HashMap<>();

  /** Per package, its files compiled here. */
  private final Map<PackageSymbol, List<JCCompilationUnit>> unitsByPackage = new HashMap<>();

  /** Per class, how far its subclasses compiled here reach. */
  private final Map<ClassSymbol, SubclassReach> reachedBySubclasses = new HashMap<>();

  /** Where the subclasses of one class reach: everywhere, or into these packages and files. */
  private static final class SubclassReach {
    boolean everywhere;
    final Set<PackageSymbol> packages = new LinkedHashSet<>();
    final Set<JCCompilationUnit> files = new LinkedHashSet<>();

    void add(Reach reach, ClassSymbol subclass, JCCompilationUnit file) {
      PackageSymbol pkg = Owners.packageOf(subclass);
      switch (reach) {
        case EVERYWHERE -> everywhere = true;
        case PACKAGE -> {
          if (pkg == null) {
            everywhere = true; // Unknown, so as far as can be.
          } else {
            packages.add(pkg);
          }
        }
        case FILE -> files.add(file);
      }
    }
  }

  /**
   * Where one file instantiates each class of the compilation (under the class and every superclass
   * compiled here), and which of its methods assign each static field, in source order. Kept as
   * trees, not paths: only the few classes a finding asks about need a path.
   */
  private record FileIndex(
      Map<ClassSymbol, List<Tree>> instantiations, Map<VarSymbol, Set<MethodSymbol>> writers) {}

  /**
   * Where each file calls or refers to each method compiled here, as paths. Asked only by a finding
   * about to be reported, so kept apart from {@link FileIndex}: most compilations never need it.
   */
  private final Map<CompilationUnitTree, Map<MethodSymbol, List<TreePath>>> usesByFile =
      new HashMap<>();

  private CompilationIndex(VisitorState state) {
    this.enter = Enter.instance(state.context);
    this.types = state.getTypes();
    this.firstAsked = (JCCompilationUnit) state.getPath().getCompilationUnit();
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
   * Whether this compilation creates instances of {@code cls} (or of a subclass), with {@code new}
   * expressions, anonymous subclasses or constructor references, and creates every one where {@code
   * stays} holds. False when it creates none (a class only a library or a caller elsewhere
   * instantiates).
   *
   * <p>Asked when a finding is about to be reported, which usually means some instance is created
   * where it does not stay, and most often near the class: so the class's own file is looked at
   * first, then its package, then the rest, and the answer comes at the first instance that fails
   * without scanning the files beyond.
   */
  public boolean createsOnlyWhere(ClassSymbol cls, Predicate<TreePath> stays) {
    return allHold(
        nearestFirst(cls, unitsReaching(cls, cls)),
        unit ->
            Lists.transform(
                scan(unit).instantiations().getOrDefault(cls, List.of()),
                site -> TreePath.getPath(unit, site)),
        stays);
  }

  /**
   * Whether {@code files} hold any of what {@code found} lists in each, and {@code holds} for every
   * one: looked at file by file, so the first that fails ends the search.
   */
  private static boolean allHold(
      List<JCCompilationUnit> files,
      Function<JCCompilationUnit, List<TreePath>> found,
      Predicate<TreePath> holds) {
    boolean any = false;
    for (JCCompilationUnit unit : files) {
      for (TreePath path : found.apply(unit)) {
        if (path != null) {
          if (!holds.test(path)) {
            return false;
          }
          any = true;
        }
      }
    }
    return any;
  }

  /** {@code files}, with the file of {@code cls} first and the other files of its package next. */
  private List<JCCompilationUnit> nearestFirst(ClassSymbol cls, List<JCCompilationUnit> files) {
    if (files.size() <= 1) {
      return files;
    }
    Set<JCCompilationUnit> ordered = new LinkedHashSet<>(unitsWithin(cls, Reach.FILE));
    PackageSymbol pkg = Owners.packageOf(cls);
    if (pkg != null) {
      ordered.addAll(unitsOf(pkg));
    }
    ordered.retainAll(new HashSet<>(files));
    ordered.addAll(files);
    return new ArrayList<>(ordered);
  }

  /** The methods of this compilation that assign the static {@code field}, in file order. */
  public ImmutableList<MethodSymbol> staticWriters(VarSymbol field) {
    Set<MethodSymbol> writers = new LinkedHashSet<>();
    for (JCCompilationUnit unit : inFileOrder(unitsReaching(field, field.enclClass()))) {
      writers.addAll(scan(unit).writers().getOrDefault(field, Set.of()));
    }
    return ImmutableList.copyOf(writers);
  }

  /**
   * Whether only this compilation can call {@code method}, it calls {@code method} or refers to it
   * ({@code this::helper}; for a constructor, {@code new}), and {@code holds} for every such use.
   * Code outside the compilation can call a method unless it or its class is private or
   * package-private and it overrides nothing.
   *
   * <p>Asked when a finding is about to be reported, like {@link #createsOnlyWhere}: the files are
   * looked at nearest first, and the first use that fails ends the search.
   */
  public boolean usesOnlyWhere(MethodSymbol method, Predicate<TreePath> holds) {
    ClassSymbol owner = method.enclClass();
    if (owner == null
        || !isCompiledHere(owner, enter)
        || reachIncludingSubclasses(method, owner) == Reach.EVERYWHERE
        || overridesAnything(method)) {
      return false;
    }
    return allHold(
        nearestFirst(owner, unitsReaching(method, owner)),
        unit -> uses(unit).getOrDefault(method, List.of()),
        holds);
  }

  private Reach reachIncludingSubclasses(Symbol symbol, ClassSymbol owner) {
    Reach reach = reach(symbol);
    if (reach == Reach.EVERYWHERE || !widenedBySubclasses(symbol)) {
      return reach;
    }
    return subclassReach(owner).everywhere ? Reach.EVERYWHERE : reach;
  }

  /**
   * How far the subclasses of {@code owner} compiled here reach. Asked only of a class that does
   * not reach everywhere itself, so its subclasses are declared where it can be named: in its file
   * or its package. Only named classes declared at class level count; a local or anonymous subclass
   * is created where it is declared, which {@code owner}'s own reach covers.
   */
  private SubclassReach subclassReach(ClassSymbol owner) {
    SubclassReach reached = reachedBySubclasses.get(owner);
    if (reached == null) {
      reached = new SubclassReach();
      for (JCCompilationUnit unit : unitsWithin(owner, reach(owner))) {
        for (JCTree definition : unit.defs) {
          addSubclasses(definition, owner, unit, reached);
        }
      }
      reachedBySubclasses.put(owner, reached);
    }
    return reached;
  }

  private void addSubclasses(
      JCTree tree, ClassSymbol owner, JCCompilationUnit unit, SubclassReach reached) {
    if (!(tree instanceof JCClassDecl cls) || cls.sym == null) {
      return;
    }
    try {
      if (cls.sym != owner && cls.sym.isSubClass(owner, types)) {
        reached.add(reach(cls.sym), cls.sym, unit);
      }
    } catch (CompletionFailure missingSupertype) {
      // Not known to be a subclass.
    }
    for (JCTree member : cls.defs) {
      addSubclasses(member, owner, unit, reached);
    }
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
      index = new FileIndex(new HashMap<>(), new LinkedHashMap<>());
      new Scanner(index).scan(unit, null);
      scanned.put(unit, index);
    }
    return index;
  }

  private Map<MethodSymbol, List<TreePath>> uses(CompilationUnitTree unit) {
    Map<MethodSymbol, List<TreePath>> uses = usesByFile.get(unit);
    if (uses == null) {
      uses = new HashMap<>();
      new UseScanner(uses).scan(unit, null);
      usesByFile.put(unit, uses);
    }
    return uses;
  }

  /**
   * The files where code can name {@code symbol}, a class or a member of {@code owner}: as far as
   * the symbol reaches, or further when a subclass of {@code owner} compiled here reaches further
   * (a public subclass of a package-private class is instantiated, and inherits its public static
   * fields, anywhere).
   */
  private List<JCCompilationUnit> unitsReaching(Symbol symbol, ClassSymbol owner) {
    Reach reach = reach(symbol);
    List<JCCompilationUnit> own = unitsWithin(symbol, reach);
    if (owner == null || reach == Reach.EVERYWHERE || !widenedBySubclasses(symbol)) {
      return own;
    }
    SubclassReach subclasses = subclassReach(owner);
    if (subclasses.everywhere) {
      return units();
    }
    Set<JCCompilationUnit> reached = new LinkedHashSet<>(own);
    for (PackageSymbol pkg : subclasses.packages) {
      reached.addAll(unitsOf(pkg));
    }
    reached.addAll(subclasses.files);
    return new ArrayList<>(reached);
  }

  private List<JCCompilationUnit> unitsWithin(Symbol symbol, Reach reach) {
    return switch (reach) {
      case FILE -> {
        ClassSymbol topLevel = Owners.topLevelClass(symbol);
        Env<AttrContext> env = topLevel == null ? null : enter.getEnv(topLevel);
        yield env == null || env.toplevel == null ? units() : List.of(env.toplevel);
      }
      case PACKAGE -> {
        PackageSymbol pkg = Owners.packageOf(symbol);
        yield pkg == null ? units() : unitsOf(pkg);
      }
      case EVERYWHERE -> units();
    };
  }

  /**
   * The files of the package {@code pkg} compiled here, found through its top-level classes: javac
   * has an environment for those compiled from source. Every file with code declares a class.
   */
  private List<JCCompilationUnit> unitsOf(PackageSymbol pkg) {
    List<JCCompilationUnit> files = unitsByPackage.get(pkg);
    if (files == null) {
      Set<JCCompilationUnit> found = new LinkedHashSet<>();
      for (Symbol member : pkg.members().getSymbols(Scope.LookupKind.NON_RECURSIVE)) {
        Env<AttrContext> env = member instanceof ClassSymbol cls ? enter.getEnv(cls) : null;
        if (env != null && env.toplevel != null) {
          found.add(env.toplevel);
        }
      }
      files = new ArrayList<>(found);
      unitsByPackage.put(pkg, files);
    }
    return files;
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
   * classes it entered from source (a class path's classes have none).
   */
  private List<JCCompilationUnit> units() {
    if (units == null) {
      Set<JCCompilationUnit> found = new LinkedHashSet<>();
      found.add(firstAsked);
      for (Env<AttrContext> env : enter.getEnvs()) {
        if (env.toplevel != null) {
          found.add(env.toplevel);
        }
      }
      units = new ArrayList<>(found);
    }
    return units;
  }

  /**
   * {@code files} sorted by name, for answers a message shows: {@link #units()} come in the order
   * of javac's environments, which changes from run to run.
   */
  private static List<JCCompilationUnit> inFileOrder(List<JCCompilationUnit> files) {
    // Each name built once: a file object builds its name on every call.
    Map<JCCompilationUnit, String> names = new HashMap<>();
    for (JCCompilationUnit file : files) {
      names.put(file, file.getSourceFile().getName());
    }
    List<JCCompilationUnit> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing(names::get));
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

  /** Records where a file calls, creates with, or refers to each method compiled here. */
  private final class UseScanner extends TreePathScanner<Void, Void> {
    private final Map<MethodSymbol, List<TreePath>> uses;

    UseScanner(Map<MethodSymbol, List<TreePath>> uses) {
      this.uses = uses;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      used(ASTHelpers.getSymbol(tree));
      return super.visitNewClass(tree, null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      used(ASTHelpers.getSymbol(tree));
      return super.visitMemberReference(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      used(ASTHelpers.getSymbol(tree));
      return super.visitMethodInvocation(tree, null);
    }

    private void used(Symbol symbol) {
      if (symbol instanceof MethodSymbol called
          && called.enclClass() != null
          && isCompiledHere(called.enclClass(), enter)) {
        uses.computeIfAbsent(called, m -> new ArrayList<>()).add(getCurrentPath());
      }
    }
  }
}
