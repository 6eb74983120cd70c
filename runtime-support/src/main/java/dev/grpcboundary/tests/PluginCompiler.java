package dev.grpcboundary.tests;

import static com.google.testing.compile.Compiler.javac;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Runs javac with Error Prone as a real javac plugin ({@code -Xplugin:ErrorProne}) and our checks
 * loaded the way users load them: Error Prone discovers them through the checker jar's {@code
 * META-INF/services/com.google.errorprone.bugpatterns.BugChecker} entry on the <em>processor
 * path</em>. Nothing here references the checker classes directly.
 */
public final class PluginCompiler {
  /** The checks this project ships; only their diagnostics are ours. */
  public static final ImmutableList<String> OUR_CHECKS =
      ImmutableList.of("GrpcClientCrossesProcessBoundary", "EagerStaticGrpcClient");

  /** The check the corpus exercises. */
  public static final String CHECK = "GrpcClientCrossesProcessBoundary";

  private final ImmutableList<File> processorPath;
  private final ImmutableList<File> classPath;
  private final ImmutableList<String> errorProneFlags;

  private PluginCompiler(
      ImmutableList<File> processorPath,
      ImmutableList<File> classPath,
      ImmutableList<String> flags) {
    this.processorPath = processorPath;
    this.classPath = classPath;
    this.errorProneFlags = flags;
  }

  /**
   * Every check but ours disabled (with all built-in checks on, in-memory sources crash Error
   * Prone's own PackageInfo check), ours as a warning so that a compilation with findings still
   * succeeds and the corpus can assert that it compiles.
   */
  public static PluginCompiler withPlugin() {
    ImmutableList<File> testClassPath = testClassPath();
    return new PluginCompiler(
        testClassPath,
        testClassPath,
        ImmutableList.of("-XepDisableAllChecks", "-Xep:" + CHECK + ":WARN"));
  }

  /** Like {@link #withPlugin()}, with every one of our checks on as a warning. */
  public static PluginCompiler withAllOurChecks() {
    return withPlugin()
        .withErrorProneFlags(
            OUR_CHECKS.stream()
                .filter(check -> !check.equals(CHECK))
                .map(check -> "-Xep:" + check + ":WARN")
                .toList());
  }

  /**
   * Error Prone as a user's build runs it: every default check on, ours at their own severities
   * (the core check an error, EagerStaticGrpcClient a warning). Give it sources read from files
   * (see {@link #sourceFile}), not in-memory ones, which crash Error Prone's own PackageInfo check.
   */
  public static PluginCompiler withDefaultChecks() {
    ImmutableList<File> testClassPath = testClassPath();
    return new PluginCompiler(testClassPath, testClassPath, ImmutableList.of());
  }

  /** Writes a source file to a fresh temporary directory and returns it as javac reads files. */
  public static JavaFileObject sourceFile(String className, String... lines) {
    try {
      java.nio.file.Path file =
          java.nio.file.Files.createTempDirectory("plugin-compiler").resolve(className + ".java");
      java.nio.file.Files.write(file, java.util.Arrays.asList(lines));
      return com.google.testing.compile.JavaFileObjects.forResource(file.toUri().toURL());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The same compiler with more Error Prone flags, e.g. {@code -XepOpt:GrpcBoundary:...}. */
  public PluginCompiler withErrorProneFlags(List<String> flags) {
    return new PluginCompiler(
        processorPath,
        classPath,
        ImmutableList.<String>builder().addAll(errorProneFlags).addAll(flags).build());
  }

  /** The same compiler with only the entries accepted by {@code keep} on the processor path. */
  public PluginCompiler withProcessorPathFilter(Predicate<File> keep) {
    return new PluginCompiler(
        processorPath.stream().filter(keep).collect(ImmutableList.toImmutableList()),
        classPath,
        errorProneFlags);
  }

  /**
   * The same compiler with only the entries accepted by {@code keep} on the class path the sources
   * compile against (the plugin still loads from the full processor path): a user's build with some
   * libraries missing.
   */
  public PluginCompiler withClassPathFilter(Predicate<File> keep) {
    return new PluginCompiler(
        processorPath,
        classPath.stream().filter(keep).collect(ImmutableList.toImmutableList()),
        errorProneFlags);
  }

  public ImmutableList<File> processorPath() {
    return processorPath;
  }

  /**
   * The javac options, Error Prone's as ONE option string (javac passes it to the plugin whole).
   */
  public ImmutableList<String> options() {
    List<String> options = new ArrayList<>();
    options.add("-Xplugin:ErrorProne " + String.join(" ", errorProneFlags));
    options.add("-XDcompilePolicy=simple");
    options.add("--should-stop=ifError=FLOW");
    // Surefire passes the extra flag the Error Prone under test needs (the latest-ep profile sets
    // -XDaddTypeAnnotationsToSymbol=true); the baseline passes a duplicate of one we already have.
    String extra = System.getProperty("errorprone.extra.javac.flag", "").trim();
    if (!extra.isEmpty() && !extra.startsWith("${") && !options.contains(extra)) {
      options.add(extra);
    }
    return ImmutableList.copyOf(options);
  }

  public Compilation compile(JavaFileObject... sources) {
    return javac()
        .withOptions(options())
        .withAnnotationProcessorPath(processorPath)
        .withClasspath(classPath)
        .compile(sources);
  }

  /**
   * Diagnostics of any kind that one of our checks reported, e.g. "[EagerStaticGrpcClient] ...".
   */
  public static ImmutableList<Diagnostic<? extends JavaFileObject>> ourDiagnostics(
      Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(
            d -> OUR_CHECKS.stream().anyMatch(check -> message(d).startsWith("[" + check + "]")))
        .collect(ImmutableList.toImmutableList());
  }

  public static String message(Diagnostic<?> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }

  /** A readable dump of every diagnostic, for failure messages. */
  public static String describe(Compilation compilation) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      out.append(d.getKind())
          .append(' ')
          .append(d.getSource() == null ? "<no source>" : d.getSource().getName())
          .append(':')
          .append(d.getLineNumber())
          .append(": ")
          .append(message(d))
          .append('\n');
    }
    return out.length() == 0 ? "(no diagnostics)\n" : out.toString();
  }

  /**
   * The test JVM's class path. Surefire runs with {@code useManifestOnlyJar=false}, so this is the
   * real list of jars and directories: the checker is its built jar (or, in a reactor build that
   * stops at {@code test}, its target/classes), never its sources.
   */
  public static ImmutableList<File> testClassPath() {
    return Splitter.on(File.pathSeparatorChar)
        .omitEmptyStrings()
        .splitToStream(System.getProperty("java.class.path"))
        .map(File::new)
        .collect(ImmutableList.toImmutableList());
  }
}
