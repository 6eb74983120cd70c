import java.util.function.Supplier;

/**
 * Crashes Error Prone 2.42.0's own UnnecessaryLambda check (a default check; our plugin is not
 * needed): "IllegalArgumentException: Replacement{...} overlaps with existing replacements" in
 * Replacements.checkOverlaps. The check's fix rewrites the method that returns a lambda and, as
 * one fix, the call of it; here the call's receiver is the anonymous class that declares the
 * method, so the two replacements overlap. Found by eval/mutants/run (seed 1, variants 173, 213,
 * 791: `method-body-in-anonymous-class` and `lambda-body-in-anonymous-class` edits).
 *
 *   javac -XDcompilePolicy=simple --should-stop=ifError=FLOW -processorpath <error_prone_core 2.42.0 + deps> \
 *     '-Xplugin:ErrorProne -XepAllErrorsAsWarnings' UnnecessaryLambdaOverlappingFix.java
 */
class UnnecessaryLambdaOverlappingFix {
  Supplier<String> authority(String channel) {
    return new Object() {
      Supplier<String> run() {
        return () -> channel.trim();
      }
    }.run();
  }
}
