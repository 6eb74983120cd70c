package dev.grpcboundary.boundary;

import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.TypeSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a type and all its supertypes say together, worked out once per type from its own answer and
 * its direct supertypes' answers, for one compilation. Most classes share most supertypes, so each
 * is looked at once; javac's {@code Types.closure} would instead build, for every type, a list of
 * all its supertypes ordered by rank, with type arguments substituted.
 *
 * @param <T> the answer; {@code union} must be associative and commutative, so the order in which
 *     supertypes are reached does not matter
 */
public final class SupertypeFold<T> {
  /** Sized for a large compilation's classes and their supertypes: growing rehashes them all. */
  private final Map<TypeSymbol, T> answers = new HashMap<>(2048);

  private final Types types;
  private final Function<TypeSymbol, T> own;
  private final BinaryOperator<T> union;
  private final UnaryOperator<T> whenIncomplete;

  /**
   * @param types the compilation's
   * @param own what a type says by itself, from its symbol (its name, its identity)
   * @param union what two answers say together
   * @param whenIncomplete the answer for a type whose direct supertypes javac cannot read from the
   *     class path, given what was found before that; a supertype's own answer reaches its subtypes
   *     through {@code union}
   */
  public SupertypeFold(
      Types types,
      Function<TypeSymbol, T> own,
      BinaryOperator<T> union,
      UnaryOperator<T> whenIncomplete) {
    this.types = types;
    this.own = own;
    this.union = union;
    this.whenIncomplete = whenIncomplete;
  }

  /** The answer for {@code type} and its supertypes. */
  public T of(TypeSymbol type) {
    T answer = answers.get(type);
    if (answer != null) {
      return answer;
    }
    answer = own.apply(type);
    answers.put(type, answer); // Stands while the supertypes are asked: an ill-formed cycle ends.
    if (type instanceof ClassSymbol cls) {
      try {
        Type superclass = types.supertype(cls.type);
        if (superclass != null && superclass.hasTag(TypeTag.CLASS)) {
          answer = union.apply(answer, of(superclass.tsym));
        }
        for (Type implemented : types.interfaces(cls.type)) {
          answer = union.apply(answer, of(implemented.tsym));
        }
      } catch (CompletionFailure missingClass) {
        answer = whenIncomplete.apply(answer);
      }
      answers.put(type, answer);
    }
    return answer;
  }
}
