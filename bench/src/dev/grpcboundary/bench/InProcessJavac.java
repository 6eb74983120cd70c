package dev.grpcboundary.bench;

import com.sun.source.util.JavacTask;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac with Error Prone in this JVM, the way a Gradle daemon or a Bazel worker does: one
 * class loader for Error Prone and our checker, shared by every compilation, so the JIT warms up
 * and anything static in the plugin lives as long as the process.
 */
final class InProcessJavac {
  /** The checks of this project; their diagnostics start with "[Name]". */
  static final List<String> OUR_CHECKS = List.of("GrpcClientCrossesProcessBoundary", "EagerStaticGrpcClient");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final String processorPath;
  private final ClassLoader pluginLoader;
  private final Path output;

  InProcessJavac(List<Path> processorPath, Path output) {
    this.processorPath = join(processorPath);
    this.output = output;
    URL[] urls =
        processorPath.stream()
            .map(
                p -> {
                  try {
                    return p.toUri().toURL();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toArray(URL[]::new);
    URLClassLoader shared = new URLClassLoader(urls, InProcessJavac.class.getClassLoader());
    // javac closes a Closeable processor class loader at the end of each compilation; this
    // wrapper is not Closeable, so the shared loader survives.
    this.pluginLoader = new ClassLoader(shared) {};
  }

  /** Whether Error Prone runs with every check disabled, or with our two checks on. */
  enum Mode {
    BASELINE("-Xplugin:ErrorProne -XepDisableAllChecks"),
    // Warnings, not errors: an error would make javac stop before analysing later classes
    // (--should-stop=ifError=FLOW), and a finding would then shorten the run being measured.
    CHECKS(
        "-Xplugin:ErrorProne -XepDisableAllChecks"
            + " -Xep:GrpcClientCrossesProcessBoundary:WARN -Xep:EagerStaticGrpcClient:WARN");

    final String pluginOption;

    Mode(String pluginOption) {
      this.pluginOption = pluginOption;
    }
  }

  /**
   * What one compilation cost and reported.
   *
   * @param cpuNanos CPU time of the compiling thread (javac and Error Prone run in it; GC and JIT
   *     threads are not counted)
   * @param findings our checks' diagnostics, by check name
   * @param context the compilation's javac Context, weakly held, to prove nothing keeps it alive
   */
  record Result(
      long wallNanos,
      long cpuNanos,
      int errors,
      List<String> firstErrors,
      Map<String, Integer> findings,
      WeakReference<Context> context) {
    int findingCount() {
      return findings.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  Result compile(Project project, Mode mode) {
    Counter counter = new Counter();
    StandardJavaFileManager standard =
        javac.getStandardFileManager(counter, Locale.ROOT, StandardCharsets.UTF_8);
    try (JavaFileManager fileManager = new SharedPluginLoader(standard, pluginLoader)) {
      List<String> options = new ArrayList<>();
      options.add(mode.pluginOption);
      options.addAll(
          List.of(
              "-XDcompilePolicy=simple",
              "--should-stop=ifError=FLOW",
              "-proc:none",
              "-processorpath",
              processorPath,
              "-classpath",
              project.classpath(),
              "-d",
              output.toString(),
              "--release",
              "17",
              "-encoding",
              "UTF-8",
              "-implicit:none",
              "-Xmaxerrs",
              "20",
              "-Xmaxwarns",
              "100000"));
      Iterable<? extends JavaFileObject> units = standard.getJavaFileObjectsFromPaths(project.sources());
      JavacTask task = (JavacTask) javac.getTask(null, fileManager, counter, options, null, units);
      Context context = ((BasicJavacTask) task).getContext();
      long wallStart = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      task.call();
      long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
      long wall = System.nanoTime() - wallStart;
      return new Result(
          wall, cpu, counter.errors, counter.firstErrors, counter.findings, new WeakReference<>(context));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String join(List<Path> paths) {
    return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  static List<Path> split(String path) {
    List<Path> paths = new ArrayList<>();
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        paths.add(Path.of(entry.trim()));
      }
    }
    return paths;
  }

  static Path emptyDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hands javac the shared plugin class loader instead of a fresh one per compilation. */
  private static final class SharedPluginLoader extends ForwardingJavaFileManager<JavaFileManager> {
    private final ClassLoader pluginLoader;

    SharedPluginLoader(JavaFileManager delegate, ClassLoader pluginLoader) {
      super(delegate);
      this.pluginLoader = pluginLoader;
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      return location == StandardLocation.ANNOTATION_PROCESSOR_PATH
          ? pluginLoader
          : super.getClassLoader(location);
    }
  }

  /** Counts errors and our checks' findings; everything else is dropped unprinted. */
  private static final class Counter implements DiagnosticListener<JavaFileObject> {
    int errors;
    final List<String> firstErrors = new ArrayList<>();
    final Map<String, Integer> findings = new HashMap<>();

    @Override
    public void report(Diagnostic<? extends JavaFileObject> diagnostic) {
      String message = diagnostic.getMessage(Locale.ROOT);
      for (String check : OUR_CHECKS) {
        if (message.startsWith("[" + check + "]")) {
          findings.merge(check, 1, Integer::sum);
          return;
        }
      }
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors++;
        if (firstErrors.size() < 5) {
          firstErrors.add(
              (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                  + diagnostic.getLineNumber() + ": ")
                  + message.lines().findFirst().orElse(""));
        }
      }
    }
  }
}
