package dev.grpcboundary.fix;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import java.util.Optional;

/**
 * The per-worker lifecycle methods that the lifecycle fix writes, one shape per engine whose
 * functions hold state; each engine names its own in its declaration ({@code Engine#lifecycle}).
 */
public enum Lifecycle {
  /**
   * Beam runs {@code @Setup} once per DoFn instance on the worker, {@code @Teardown} at the end.
   */
  BEAM_DO_FN("org.apache.beam.sdk.transforms.DoFn") {
    @Override
    MethodTree findSetup(ClassTree cls) {
      return annotatedMethod(cls, "org.apache.beam.sdk.transforms.DoFn.Setup");
    }

    @Override
    MethodTree findTeardown(ClassTree cls) {
      return annotatedMethod(cls, "org.apache.beam.sdk.transforms.DoFn.Teardown");
    }

    @Override
    String setupHeader(boolean throwsChecked) {
      return "@Setup\npublic void setup()" + throwsClause(throwsChecked);
    }

    @Override
    String teardownHeader(boolean throwsChecked) {
      return "@Teardown\npublic void teardown()" + throwsClause(throwsChecked);
    }

    @Override
    boolean setupNameTaken(ClassTree cls) {
      return hasMethodNamed(cls, "setup");
    }

    @Override
    boolean teardownNameTaken(ClassTree cls) {
      return hasMethodNamed(cls, "teardown");
    }
  },

  /**
   * Flink calls {@code open()} on the task manager before the first record, {@code close()} after.
   */
  FLINK_RICH_FUNCTION("org.apache.flink.api.common.functions.RichFunction") {
    private static final String OPEN_CONTEXT = "org.apache.flink.api.common.functions.OpenContext";

    @Override
    MethodTree findSetup(ClassTree cls) {
      return methodNamed(cls, "open", 1);
    }

    @Override
    MethodTree findTeardown(ClassTree cls) {
      return methodNamed(cls, "close", 0);
    }

    @Override
    String setupHeader(boolean throwsChecked) {
      return "@Override\npublic void open(OpenContext openContext)" + throwsClause(throwsChecked);
    }

    @Override
    Optional<String> setupImport() {
      return Optional.of(OPEN_CONTEXT);
    }

    @Override
    String teardownHeader(boolean throwsChecked) {
      return "@Override\npublic void close()" + throwsClause(throwsChecked);
    }

    @Override
    boolean setupNameTaken(ClassTree cls) {
      return false;
    }

    @Override
    boolean teardownNameTaken(ClassTree cls) {
      return false;
    }

    @Override
    boolean isAvailable(VisitorState state) {
      // Flink 1.x's open(Configuration) is deprecated and gone in 2.x; we only write the 2.x form.
      return state.getTypeFromString(OPEN_CONTEXT) != null;
    }
  };

  private final String supertype;

  Lifecycle(String supertype) {
    this.supertype = supertype;
  }

  /**
   * Whether this lifecycle can be written into {@code symbol}: it has the lifecycle's supertype.
   */
  boolean appliesTo(ClassSymbol symbol, VisitorState state) {
    return symbol != null
        && ASTHelpers.isSubtype(symbol.type, state.getTypeFromString(supertype), state)
        && isAvailable(state);
  }

  abstract MethodTree findSetup(ClassTree cls);

  abstract MethodTree findTeardown(ClassTree cls);

  /** The new setup method's annotations and signature, one per line. */
  abstract String setupHeader(boolean throwsChecked);

  /** The new teardown method's annotations and signature, one per line. */
  abstract String teardownHeader(boolean throwsChecked);

  private static String throwsClause(boolean throwsChecked) {
    return throwsChecked ? " throws Exception" : "";
  }

  abstract boolean setupNameTaken(ClassTree cls);

  abstract boolean teardownNameTaken(ClassTree cls);

  Optional<String> setupImport() {
    return Optional.empty();
  }

  boolean isAvailable(VisitorState state) {
    return true;
  }

  private static MethodTree annotatedMethod(ClassTree cls, String annotationType) {
    for (Tree member : cls.getMembers()) {
      if (member instanceof MethodTree method) {
        for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
          Type type = ASTHelpers.getType(annotation);
          if (type != null && type.tsym.getQualifiedName().contentEquals(annotationType)) {
            return method;
          }
        }
      }
    }
    return null;
  }

  private static MethodTree methodNamed(ClassTree cls, String name, int parameters) {
    for (Tree member : cls.getMembers()) {
      if (member instanceof MethodTree method
          && method.getName().contentEquals(name)
          && method.getParameters().size() == parameters) {
        return method;
      }
    }
    return null;
  }

  private static boolean hasMethodNamed(ClassTree cls, String name) {
    for (Tree member : cls.getMembers()) {
      if (member instanceof MethodTree method && method.getName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }
}
