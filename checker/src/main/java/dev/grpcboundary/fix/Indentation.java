package dev.grpcboundary.fix;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.Tree;
import java.util.List;

/** The indentation of the code a fix inserts, copied from the member it is inserted next to. */
record Indentation(String member, String unit) {

  static Indentation of(Tree tree, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = state.getEndPosition(tree) < 0 ? 0 : com.google.errorprone.util.ASTHelpers.getStartPosition(tree);
    int lineStart = start;
    while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    String member = source.subSequence(lineStart, start).toString();
    if (!member.isBlank()) {
      member = ""; // The member does not start its line; fall back to no indentation.
    }
    String unit = member.startsWith("\t") ? "\t" : member.length() % 4 == 0 && !member.isEmpty() ? "    " : "  ";
    return new Indentation(member, unit);
  }

  String body() {
    return member + unit;
  }

  /** A new method after a blank line: {@code header} lines, then {@code statements} in braces. */
  String method(String header, List<String> statements) {
    StringBuilder text = new StringBuilder("\n");
    for (String line : header.split("\n")) {
      text.append('\n').append(member).append(line);
    }
    text.append(" {");
    for (String statement : statements) {
      for (String line : statement.split("\n")) {
        text.append('\n').append(body()).append(line);
      }
    }
    return text.append('\n').append(member).append('}').toString();
  }
}
