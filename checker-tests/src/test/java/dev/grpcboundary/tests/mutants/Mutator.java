package dev.grpcboundary.tests.mutants;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.tree.JCTree.JCLambda;
import com.sun.tools.javac.tree.JCTree.JCMemberReference;
import com.sun.tools.javac.tree.JCTree.JCMethodDecl;
import com.sun.tools.javac.tree.JCTree.JCMethodInvocation;
import com.sun.tools.javac.tree.JCTree.JCNewClass;
import com.sun.tools.javac.tree.JCTree.JCTypeApply;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.tree.TreeScanner;
import com.sun.tools.javac.util.Context;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Derives variants from seeds. Each seed is parsed and attributed once with javac's tree API (no
 * Error Prone); that yields a list of {@link Edit}s, each a deterministic text rewrite of one place
 * in the seed (a modifier dropped or added, {@code Serializable} added or removed, a lambda turned
 * into an anonymous class, a method reference into a lambda, code moved into a nested lambda or a
 * local class, a nested record, enum or sealed type holding a field's type, a type from a
 * class-path hole in some position, ...). A variant is a seed with 1 to 3 non-overlapping edits
 * chosen by a {@link Random} seeded from the campaign seed and the variant's number, so the same
 * seed always gives the same variants.
 */
public final class Mutator {
  /** One rewrite: replace [start, end) of the seed's text with {@code replacement}. */
  public record Edit(String operator, int start, int end, String replacement) {
    boolean overlaps(Edit other) {
      if (start == end && other.start == other.end) {
        return start == other.start;
      }
      return start < other.end && other.start < end
          || (start == end && start > other.start && start < other.end)
          || (other.start == other.end && other.start > start && other.start < end);
    }
  }

  /** A variant ready to compile. */
  public record Variant(
      int number, Seed seed, String packageName, String text, List<String> operators) {}

  private final List<Seed> seeds;
  private final List<List<Edit>> editsPerSeed;

  private Mutator(List<Seed> seeds, List<List<Edit>> editsPerSeed) {
    this.seeds = seeds;
    this.editsPerSeed = editsPerSeed;
  }

  public List<Seed> seeds() {
    return seeds;
  }

  public int editCount() {
    return editsPerSeed.stream().mapToInt(List::size).sum();
  }

  /** Edits per operator, summed over all seeds. */
  public Map<String, Integer> operatorCounts() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    editsPerSeed.forEach(list -> list.forEach(e -> counts.merge(e.operator(), 1, Integer::sum)));
    return counts;
  }

  /** Parses and attributes every seed (against {@code classPath}) and collects its edits. */
  public static Mutator analyze(List<Seed> seeds, List<File> classPath, Path workDir) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<List<Edit>> all = new ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<JavaFileObject> sources = new ArrayList<>();
      Map<String, Integer> seedOfPath = new HashMap<>();
      for (int i = 0; i < seeds.size(); i++) {
        Seed seed = seeds.get(i);
        Path file = workDir.resolve("seeds").resolve(seed.packageName()).resolve(seed.fileName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, seed.text());
        for (JavaFileObject object : files.getJavaFileObjects(file.toFile())) {
          sources.add(object);
          seedOfPath.put(object.toUri().getPath(), i);
        }
        all.add(new ArrayList<>());
      }
      List<String> options =
          List.of(
              "-proc:none",
              "-classpath",
              join(classPath),
              "-Xlint:none",
              "-nowarn",
              "-XDshould-stop.ifError=FLOW");
      JavacTask task =
          (JavacTask) javac.getTask(null, files, diagnostic -> {}, options, null, sources);
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      Context context = ((com.sun.tools.javac.api.BasicJavacTask) task).getContext();
      Types types = Types.instance(context);
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : units) {
        Integer index = seedOfPath.get(unit.getSourceFile().toUri().getPath());
        if (index == null) {
          continue;
        }
        Collector collector =
            new Collector(
                seeds.get(index).text(),
                (JCCompilationUnit) unit,
                positions,
                types,
                com.sun.tools.javac.code.Symtab.instance(context));
        try {
          collector.scan((JCTree) unit);
        } catch (RuntimeException e) {
          // A seed javac could not attribute fully: keep the edits found so far.
        }
        all.get(index).addAll(collector.edits);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Mutator(seeds, all);
  }

  /** Variant {@code number} of the campaign with {@code campaignSeed}: same inputs, same text. */
  public Variant variant(long campaignSeed, int number) {
    Random random = new Random(campaignSeed * 1_000_003L + number);
    int seedIndex;
    do {
      seedIndex = random.nextInt(seeds.size());
    } while (editsPerSeed.get(seedIndex).isEmpty());
    Seed seed = seeds.get(seedIndex);
    List<Edit> candidates = editsPerSeed.get(seedIndex);
    int wanted = 1 + random.nextInt(3);
    List<Edit> chosen = new ArrayList<>();
    for (int attempt = 0; attempt < 10 && chosen.size() < wanted; attempt++) {
      Edit edit = candidates.get(random.nextInt(candidates.size()));
      if (chosen.stream().noneMatch(edit::overlaps)) {
        chosen.add(edit);
      }
    }
    chosen.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
    StringBuilder text = new StringBuilder(seed.text());
    int counter = 0;
    for (Edit edit : chosen) {
      // Names the edits introduce (MutRec$N, ...) get a per-variant suffix so two edits never
      // clash.
      String replacement = edit.replacement().replace("$N", Integer.toString(counter++));
      text.replace(edit.start(), edit.end(), replacement);
    }
    String pkg = "mut" + number;
    List<String> operators = chosen.stream().map(Edit::operator).sorted().toList();
    return new Variant(number, seed, pkg, seed.inPackage(text.toString(), pkg), operators);
  }

  static String join(List<File> path) {
    return String.join(File.pathSeparator, path.stream().map(File::getPath).toList());
  }

  // ---------------------------------------------------------------------------------------------

  /** Walks one attributed compilation unit and records the edits it allows. */
  private static final class Collector extends TreeScanner {
    private static final Pattern MODIFIER = Pattern.compile("\\b(transient|static|final)\\b\\s*");

    final String text;
    final JCCompilationUnit unit;
    final SourcePositions positions;
    final Types types;
    final com.sun.tools.javac.code.Symtab symtab;
    final List<Edit> edits = new ArrayList<>();
    JCClassDecl currentClass;

    Collector(
        String text,
        JCCompilationUnit unit,
        SourcePositions positions,
        Types types,
        com.sun.tools.javac.code.Symtab symtab) {
      this.text = text;
      this.unit = unit;
      this.positions = positions;
      this.types = types;
      this.symtab = symtab;
    }

    int start(Tree tree) {
      return (int) positions.getStartPosition(unit, tree);
    }

    int end(Tree tree) {
      return (int) positions.getEndPosition(unit, tree);
    }

    String src(Tree tree) {
      int s = start(tree);
      int e = end(tree);
      return s >= 0 && e >= s && e <= text.length() ? text.substring(s, e) : null;
    }

    void add(String operator, int start, int end, String replacement) {
      if (start >= 0 && end >= start && end <= text.length() && replacement != null) {
        edits.add(new Edit(operator, start, end, replacement));
      }
    }

    static boolean denotable(String type) {
      return type != null
          && !type.contains("capture#")
          && !type.contains("<any>")
          && !type.contains("<anonymous")
          && !type.contains("<nulltype>")
          && !type.contains("&")
          && !type.contains("<none>");
    }

    String boxed(Type type) {
      return types.boxedTypeOrType(type).toString();
    }

    @Override
    public void visitClassDef(JCClassDecl tree) {
      JCClassDecl outer = currentClass;
      currentClass = tree;
      classEdits(tree);
      super.visitClassDef(tree);
      currentClass = outer;
    }

    private void classEdits(JCClassDecl tree) {
      if (tree.name.isEmpty() || tree.sym == null) {
        return;
      }
      int bodyOpen = text.indexOf('{', headerEnd(tree));
      if (bodyOpen < 0) {
        return;
      }
      boolean isInterface = (tree.mods.flags & Flags.INTERFACE) != 0;
      boolean isEnum = (tree.mods.flags & Flags.ENUM) != 0;
      boolean isRecord = tree.getKind() == Tree.Kind.RECORD;
      // Serializable added.
      {
        List<JCExpression> supers = tree.implementing;
        if (!supers.isEmpty()) {
          add(
              "serializable-added",
              start(supers.get(0)),
              start(supers.get(0)),
              "java.io.Serializable, ");
        } else {
          add(
              "serializable-added",
              bodyOpen,
              bodyOpen,
              (isInterface ? " extends" : " implements") + " java.io.Serializable ");
        }
      }
      // Serializable removed.
      for (int i = 0; i < tree.implementing.size(); i++) {
        JCExpression type = tree.implementing.get(i);
        if (type.type != null && type.type.tsym == serializable()) {
          if (tree.implementing.size() == 1) {
            int keyword = text.lastIndexOf(isInterface ? "extends" : "implements", start(type));
            if (keyword > start(tree)) {
              add("serializable-removed", keyword, end(type), "");
            }
          } else if (i + 1 < tree.implementing.size()) {
            add("serializable-removed", start(type), start(tree.implementing.get(i + 1)), "");
          } else {
            add("serializable-removed", end(tree.implementing.get(i - 1)), end(type), "");
          }
        }
      }
      // static on nested classes dropped and added.
      if (currentClassIsNested(tree)) {
        modifierEdits(tree.mods, start(tree), "class");
        if ((tree.mods.flags & Flags.STATIC) == 0 && !isInterface && !isEnum && !isRecord) {
          add("class-static-added", start(tree), start(tree), "static ");
        }
      }
      // A type parameter added to a class without one: raw uses compile with warnings.
      if (tree.typarams.isEmpty() && !isEnum && !isRecord && !isInterface) {
        int nameEnd = text.indexOf(tree.name.toString(), start(tree.mods) >= 0 ? start(tree) : 0);
        if (nameEnd >= 0) {
          nameEnd += tree.name.length();
          add(
              "generic-type-parameter-added",
              nameEnd,
              nameEnd,
              "<MutT$N extends java.io.Serializable>");
        }
      }
      if (isEnum) {
        return; // members inserted before the constants would not parse
      }
      // New members at the top of the body: nested records, enums, sealed types, holes.
      int at = bodyOpen + 1;
      for (JCTree member : tree.defs) {
        if (member instanceof JCVariableDecl field && field.sym != null && field.vartype != null) {
          String type = src(field.vartype);
          if (type == null || type.equals("var")) {
            continue;
          }
          String init = field.init == null ? null : src(field.init);
          add(
              "record-added",
              at,
              at,
              "\n  record MutRec$N(" + type + " value) implements java.io.Serializable {}\n");
          add(
              "sealed-added",
              at,
              at,
              "\n  sealed interface MutSealed$N extends java.io.Serializable permits MutSealed$NA, MutSealed$NB {}"
                  + "\n  static final class MutSealed$NA implements MutSealed$N { "
                  + type
                  + " value; }"
                  + "\n  record MutSealed$NB("
                  + type
                  + " value) implements MutSealed$N {}\n");
          add(
              "serializable-holder-with-lambda-added",
              at,
              at,
              "\n  static final class MutHolder$N implements java.io.Serializable { "
                  + type
                  + " value; java.util.function.Supplier<Object> get = (java.util.function.Supplier<Object> & java.io.Serializable) () -> value; }\n");
          if (init != null && (field.mods.flags & Flags.STATIC) != 0) {
            add(
                "enum-added",
                at,
                at,
                "\n  enum MutEnum$N { INSTANCE; private final "
                    + type
                    + " value = "
                    + init
                    + "; }\n");
            add(
                "holder-class-added",
                at,
                at,
                "\n  private static final class MutLazy$N { static final "
                    + type
                    + " VALUE = "
                    + init
                    + "; private MutLazy$N() {} }\n");
            add(
                "static-initializer-added",
                at,
                at,
                "\n  static final "
                    + type
                    + " MUT_STATIC$N;\n  static { MUT_STATIC$N = "
                    + init
                    + "; }\n");
          }
          if (!isInterface && !isRecord) {
            add(
                "anonymous-serializable-added",
                at,
                at,
                "\n  final java.io.Serializable mutAnon$N = new java.io.Serializable() { "
                    + type
                    + " value; };\n");
          }
        }
      }
      if (!isInterface && !isRecord) {
        for (String hole : Holes.mixed()) {
          add(
              "hole-" + hole.substring(0, hole.indexOf(':')),
              at,
              at,
              "\n" + hole.substring(hole.indexOf(':') + 1) + "\n");
        }
      }
    }

    private boolean currentClassIsNested(JCClassDecl tree) {
      return tree.sym.owner instanceof Symbol.ClassSymbol;
    }

    private Symbol serializable() {
      return symtab.serializableType.tsym;
    }

    /** The end of the class header (name, type parameters, extends, implements, permits). */
    private int headerEnd(JCClassDecl tree) {
      int end = start(tree);
      List<JCTree> parts = new ArrayList<>();
      parts.addAll(tree.typarams);
      if (tree.extending != null) {
        parts.add(tree.extending);
      }
      parts.addAll(tree.implementing);
      parts.addAll(tree.permitting);
      for (JCTree part : parts) {
        end = Math.max(end, end(part));
      }
      if (tree.getKind() == Tree.Kind.RECORD) {
        int paren = text.indexOf(')', end);
        // Record components end at the matching ')' (no nested parentheses in headers here).
        end = paren < 0 ? end : paren;
        for (JCTree member : tree.defs) {
          if (member instanceof JCVariableDecl v && (v.mods.flags & Flags.RECORD) != 0) {
            end = Math.max(end, end(v));
          }
        }
      }
      return end;
    }

    private void modifierEdits(JCTree.JCModifiers mods, int declStart, String what) {
      int s = start(mods);
      int e = end(mods);
      if (s < 0 || e < s) {
        return;
      }
      Matcher m = MODIFIER.matcher(text.substring(s, e));
      while (m.find()) {
        add(what + "-" + m.group(1) + "-dropped", s + m.start(), s + m.end(), "");
      }
    }

    @Override
    public void visitVarDef(JCVariableDecl tree) {
      if (tree.sym != null && currentClass != null && tree.vartype != null) {
        boolean field = tree.sym.owner instanceof Symbol.ClassSymbol;
        boolean recordComponent = (tree.mods.flags & Flags.RECORD) != 0;
        int s = start(tree);
        if (field && !recordComponent && (tree.mods.flags & Flags.GENERATED_MEMBER) == 0) {
          modifierEdits(tree.mods, s, "field");
          long flags = tree.mods.flags;
          if ((flags & Flags.TRANSIENT) == 0) {
            add("field-transient-added", s, s, "transient ");
          }
          if ((flags & Flags.STATIC) == 0) {
            add("field-static-added", s, s, "static ");
          }
          if ((flags & Flags.FINAL) == 0 && tree.init != null) {
            add("field-final-added", s, s, "final ");
          }
        } else if (!field
            && tree.getStartPosition() >= 0
            && (tree.mods.flags & Flags.PARAMETER) == 0) {
          modifierEdits(tree.mods, s, "local");
          if ((tree.mods.flags & Flags.FINAL) == 0) {
            add("local-final-added", s, s, "final ");
          }
          // Explicit type -> var.
          if (tree.init != null
              && !tree.declaredUsingVar()
              && tree.vartype != null
              && !(tree.init instanceof JCTree.JCNewArray na && na.elemtype == null)
              && !(tree.init instanceof JCLambda)
              && !(tree.init instanceof JCMemberReference)) {
            add("local-var-inferred", start(tree.vartype), end(tree.vartype), "var");
          }
        }
        // Wildcards.
        if (tree.vartype instanceof JCTypeApply apply) {
          for (JCExpression arg : apply.arguments) {
            String a = src(arg);
            if (a != null && !a.startsWith("?") && !(arg.type != null && arg.type.isPrimitive())) {
              add("generic-wildcard-extends", start(arg), end(arg), "? extends " + a);
              add("generic-wildcard-super", start(arg), end(arg), "? super " + a);
            }
          }
        }
      }
      super.visitVarDef(tree);
    }

    @Override
    public void visitMethodDef(JCMethodDecl tree) {
      if (tree.body != null
          && tree.sym != null
          && !tree.sym.isConstructor()
          && (tree.mods.flags & Flags.GENERATED_MEMBER) == 0
          && start(tree.body) >= 0) {
        String body = src(tree.body);
        String ret = tree.restype == null ? null : src(tree.restype);
        String throwsText =
            tree.thrown.isEmpty()
                ? ""
                : " throws " + String.join(", ", tree.thrown.stream().map(this::src).toList());
        if (body != null && ret != null) {
          boolean isVoid = ret.equals("void");
          add(
              "method-body-in-local-class",
              start(tree.body),
              end(tree.body),
              "{ class MutBody$N { "
                  + ret
                  + " run()"
                  + throwsText
                  + " "
                  + body
                  + " } "
                  + (isVoid ? "" : "return ")
                  + "new MutBody$N().run(); }");
          add(
              "method-body-in-anonymous-class",
              start(tree.body),
              end(tree.body),
              "{ "
                  + (isVoid ? "" : "return ")
                  + "new Object() { "
                  + ret
                  + " run()"
                  + throwsText
                  + " "
                  + body
                  + " }.run(); }");
          if (isVoid && tree.thrown.isEmpty()) {
            add(
                "method-body-in-lambda",
                start(tree.body),
                end(tree.body),
                "{ ((java.lang.Runnable) () -> " + body + ").run(); }");
          } else if (tree.thrown.isEmpty()
              && tree.sym.getReturnType() != null
              && denotable(boxed(tree.sym.getReturnType()))) {
            add(
                "method-body-in-lambda",
                start(tree.body),
                end(tree.body),
                "{ return ((java.util.function.Supplier<"
                    + boxed(tree.sym.getReturnType())
                    + ">) () -> "
                    + body
                    + ").get(); }");
          }
        }
      }
      if (tree.sym != null
          && !tree.sym.isConstructor()
          && currentClass != null
          && (tree.mods.flags & Flags.GENERATED_MEMBER) == 0) {
        modifierEdits(tree.mods, start(tree), "method");
      }
      super.visitMethodDef(tree);
    }

    @Override
    public void visitLambda(JCLambda tree) {
      lambdaEdits(tree);
      super.visitLambda(tree);
    }

    private void lambdaEdits(JCLambda tree) {
      if (tree.type == null || tree.type.isErroneous() || tree.type.isIntersection()) {
        return;
      }
      Type target = tree.type;
      Type descriptor;
      Symbol sam;
      try {
        descriptor = types.findDescriptorType(target);
        sam = types.findDescriptorSymbol(target.tsym);
      } catch (RuntimeException e) {
        return;
      }
      String body = src(tree.body);
      int s = start(tree);
      int e = end(tree);
      if (body == null || s < 0) {
        return;
      }
      Type ret = descriptor.getReturnType();
      boolean isVoid = ret.hasTag(com.sun.tools.javac.code.TypeTag.VOID);
      boolean expression = tree.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION;
      String block =
          expression ? (isVoid ? "{ " + body + "; }" : "{ return " + body + "; }") : body;
      List<String> params = new ArrayList<>();
      for (JCVariableDecl p : tree.params) {
        params.add(p.name.toString());
      }
      String targetText = target.toString();
      List<Type> ptypes = descriptor.getParameterTypes();
      if (denotable(targetText) && !targetText.contains("?") && ptypes.size() == params.size()) {
        StringBuilder decl = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
          String pt = ptypes.get(i).toString();
          if (!denotable(pt)) {
            decl = null;
            break;
          }
          decl.append(i == 0 ? "" : ", ").append(pt).append(' ').append(params.get(i));
        }
        String retText = ret.toString();
        if (decl != null && denotable(retText)) {
          String thrown =
              descriptor.getThrownTypes().isEmpty()
                  ? ""
                  : " throws "
                      + String.join(
                          ", ", descriptor.getThrownTypes().stream().map(Type::toString).toList());
          add(
              "lambda-to-anonymous-class",
              s,
              e,
              "new "
                  + targetText
                  + "() { @Override public "
                  + retText
                  + " "
                  + sam.name
                  + "("
                  + decl
                  + ")"
                  + thrown
                  + " "
                  + block
                  + " }");
        }
      }
      String boxedRet = isVoid ? null : boxed(ret);
      // Body moved into a nested lambda.
      if (isVoid) {
        add(
            "lambda-body-in-nested-lambda",
            start(tree.body),
            end(tree.body),
            "{ ((java.lang.Runnable) () -> " + block + ").run(); }");
      } else if (denotable(boxedRet)) {
        add(
            "lambda-body-in-nested-lambda",
            start(tree.body),
            end(tree.body),
            "((java.util.function.Supplier<" + boxedRet + ">) () -> " + block + ").get()");
      }
      // Body moved into a local class and an anonymous class.
      if (denotable(ret.toString())) {
        String r = ret.toString();
        add(
            "lambda-body-in-local-class",
            start(tree.body),
            end(tree.body),
            "{ class MutLocal$N { "
                + r
                + " run() "
                + block
                + " } "
                + (isVoid ? "" : "return ")
                + "new MutLocal$N().run(); }");
        add(
            "lambda-body-in-anonymous-class",
            start(tree.body),
            end(tree.body),
            "{ "
                + (isVoid ? "" : "return ")
                + "new Object() { "
                + r
                + " run() "
                + block
                + " }.run(); }");
      }
      // Lambda to method reference: x -> recv.m(x).
      if (expression
          && tree.body instanceof JCMethodInvocation call
          && call.args.size() == params.size()) {
        boolean sameArgs = true;
        for (int i = 0; i < params.size(); i++) {
          if (!(call.args.get(i) instanceof JCIdent id)
              || !id.name.toString().equals(params.get(i))) {
            sameArgs = false;
          }
        }
        if (sameArgs && call.meth instanceof JCFieldAccess select) {
          String receiver = src(select.selected);
          if (receiver != null
              && params.stream().noneMatch(p -> receiver.matches(".*\\b" + p + "\\b.*"))) {
            add("lambda-to-method-reference", s, e, receiver + "::" + select.name);
          }
        } else if (sameArgs && call.meth instanceof JCIdent id && id.sym != null) {
          boolean isStatic = (id.sym.flags() & Flags.STATIC) != 0;
          String owner = id.sym.owner.getSimpleName().toString();
          add("lambda-to-method-reference", s, e, (isStatic ? owner : "this") + "::" + id.name);
        }
      }
    }

    @Override
    public void visitReference(JCMemberReference tree) {
      if (tree.type != null
          && !tree.type.isErroneous()
          && tree.typeargs == null
          && tree.kind != null) {
        try {
          Type descriptor = types.findDescriptorType(tree.type);
          int n = descriptor.getParameterTypes().size();
          String expr = src(tree.expr);
          if (expr != null) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              args.add("mutArg" + i);
            }
            String params = "(" + String.join(", ", args) + ")";
            String all = String.join(", ", args);
            String body =
                switch (tree.kind) {
                  case STATIC, BOUND, SUPER -> expr + "." + tree.name + "(" + all + ")";
                  case UNBOUND ->
                      n == 0
                          ? null
                          : "mutArg0."
                              + tree.name
                              + "("
                              + String.join(", ", args.subList(1, n))
                              + ")";
                  case IMPLICIT_INNER, TOPLEVEL -> {
                    boolean generic =
                        tree.expr.type != null
                            && !tree.expr.type.tsym.type.getTypeArguments().isEmpty()
                            && !(tree.expr instanceof JCTypeApply);
                    yield "new " + expr + (generic ? "<>" : "") + "(" + all + ")";
                  }
                  default -> null;
                };
            if (body != null) {
              add("method-reference-to-lambda", start(tree), end(tree), params + " -> " + body);
            }
          }
        } catch (RuntimeException e) {
          // not a functional target we understand
        }
      }
      super.visitReference(tree);
    }

    @Override
    public void visitNewClass(JCNewClass tree) {
      if (tree.def != null && tree.args.isEmpty() && tree.type != null && tree.clazz != null) {
        Type iface = tree.clazz.type;
        List<JCMethodDecl> methods = new ArrayList<>();
        boolean other = false;
        for (JCTree member : tree.def.defs) {
          if (member instanceof JCMethodDecl m) {
            if (m.sym != null && m.sym.isConstructor()) {
              continue;
            }
            methods.add(m);
          } else {
            other = true;
          }
        }
        if (!other
            && methods.size() == 1
            && iface != null
            && iface.isInterface()
            && methods.get(0).typarams.isEmpty()
            && methods.get(0).body != null) {
          boolean functional;
          try {
            functional = types.isFunctionalInterface(iface.tsym);
          } catch (RuntimeException e) {
            functional = false;
          }
          JCMethodDecl m = methods.get(0);
          String body = src(m.body);
          if (functional && body != null) {
            String params =
                String.join(", ", m.params.stream().map(p -> p.name.toString()).toList());
            add("anonymous-class-to-lambda", start(tree), end(tree), "(" + params + ") -> " + body);
          }
        }
      }
      super.visitNewClass(tree);
    }
  }
}
