package dev.dfkit.parser.properties;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.SyntaxTokens;
import dev.dfkit.parser.ast.TokenKind;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.SyntaxCodes;
import dev.dfkit.parser.source.SourceRange;

/**
 * Parser bugs these properties found and that are reported, not yet fixed. The properties tolerate
 * exactly these shapes (so they keep guarding everything else), and each bug has a disabled example
 * with its minimal reproducer that asserts the correct behaviour. When a bug is fixed, enable its
 * example and delete its predicate here.
 */
final class KnownBugs {

  private KnownBugs() {}

  /**
   * Bug: a node that ends an instruction and includes its line terminator (a continuation or empty
   * continuation line at the end of the file, the body of an unterminated heredoc, or its empty
   * terminator at the end of the file) reaches past the instruction's range, which drops that final
   * terminator. {@code "RUN a \\\n"}: the continuation is [6,8), the RUN is [0,7).
   */
  static boolean childOverrunsByLineTerminator(String text, SourceRange child, SourceRange parent) {
    if (child.startOffset() < parent.startOffset() || child.endOffset() <= parent.endOffset()) {
      return false;
    }
    for (int i = parent.endOffset(); i < child.endOffset(); i++) {
      if (text.charAt(i) != '\r' && text.charAt(i) != '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * Bug: an empty range just after a word that a line continuation follows (the value of {@code
   * --link}, the default of {@code ARG C=}) is placed after the continuation, on the next line,
   * outside the word. {@code "COPY --link\\\n a b"}: the flag is [5,11), its valueRange [13,13).
   */
  static boolean emptyRangeAfterContinuation(
      String text, char escape, SourceRange child, SourceRange parent) {
    if (child.length() != 0 || child.startOffset() <= parent.endOffset()) {
      return false;
    }
    String between = text.substring(parent.endOffset(), child.startOffset());
    return between.charAt(0) == escape && between.indexOf('\n') >= 0;
  }

  /**
   * Bug: a line holding only the escape character before an instruction (BuildKit joins it to the
   * instruction, whose start line it becomes) is in no element: the instruction's range starts at
   * its keyword and its continuations leave the leading one out. {@code "\\\nRUN x"}: offset 0.
   */
  static boolean inLeadingContinuation(Dockerfile d, int offset) {
    SyntaxTokens tokens = d.tokens();
    int i = tokens.indexAt(offset);
    if (tokens.kind(i) != TokenKind.CONTINUATION) {
      return false;
    }
    int start = tokens.start(i);
    for (Element e : d.elements()) {
      if (e.range().containsOffset(start)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Bug: a heredoc problem of an ONBUILD trigger ({@code ONBUILD RUN <<X} with no body) is reported
   * twice, once for the ONBUILD line and once for its trigger.
   */
  static boolean repeatedOnbuildHeredocDiagnostic(Dockerfile d, Diagnostic diagnostic) {
    if (!diagnostic.code().equals(SyntaxCodes.UNTERMINATED_HEREDOC)
        && !diagnostic.code().equals(SyntaxCodes.INVALID_HEREDOC)) {
      return false;
    }
    for (Instruction i : d.instructions()) {
      if (i instanceof Onbuild && i.range().contains(diagnostic.range())) {
        return true;
      }
    }
    return false;
  }
}
