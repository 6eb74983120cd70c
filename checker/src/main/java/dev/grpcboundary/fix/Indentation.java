package dev.grpcboundary.fix;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.Tree;
import java.util.List;

/**
 * The indentation of code a fix inserts, copied from the file: {@code member} is the indentation of
 * the member the code goes next to, {@code unit} one level (the member's indentation minus its
 * class's), so two-space, four-space and tab files all come out in their own style.
 */
record Indentation(String member, String unit) {

  static Indentation of(Tree member, Tree enclosingClass, VisitorState state) {
    String memberIndent = lineIndent(member, state);
    String classIndent = lineIndent(enclosingClass, state);
    String unit =
        memberIndent.length() > classIndent.length() && memberIndent.startsWith(classIndent)
            ? memberIndent.substring(classIndent.length())
            : memberIndent.startsWith("\t") ? "\t" : "  ";
    return new Indentation(memberIndent, unit);
  }

  /** The white space before {@code tree} on its line, or "" if code precedes it there. */
  private static String lineIndent(Tree tree, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(tree);
    if (source == null || start < 0) {
      return "";
    }
    int lineStart = start;
    while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    String indent = source.subSequence(lineStart, start).toString();
    return indent.isBlank() ? indent : "";
  }

  String body() {
    return member + unit;
  }

  /** {@code lines} at body depth, each line's own leading {@code "\t"}s standing for one level. */
  String bodyLines(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      int depth = 0;
      while (depth < line.length() && line.charAt(depth) == '\t') {
        depth++;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(body()).append(unit.repeat(depth)).append(line.substring(depth));
    }
    return text.toString();
  }

  /** A new method after a blank line: {@code header} lines, then {@code lines} in braces. */
  String method(String header, List<String> lines) {
    StringBuilder text = new StringBuilder("\n");
    for (String headerLine : header.split("\n")) {
      text.append('\n').append(member).append(headerLine);
    }
    return text.append(" {\n")
        .append(bodyLines(lines))
        .append('\n')
        .append(member)
        .append('}')
        .toString();
  }
}
