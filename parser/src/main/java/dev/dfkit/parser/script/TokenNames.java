package dev.dfkit.parser.script;

import dev.dfkit.grammar.PosixShellLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** How tokens are named in messages. */
final class TokenNames {

  /** Words that close a construct, by priority: naming one tells the user what is missing. */
  private static final int[] CLOSERS = {
    PosixShellLexer.FI,
    PosixShellLexer.DONE,
    PosixShellLexer.ESAC,
    PosixShellLexer.RBRACE,
    PosixShellLexer.RPAREN,
    PosixShellLexer.DBRACKET_CLOSE,
    PosixShellLexer.THEN,
    PosixShellLexer.DO,
    PosixShellLexer.IN
  };

  private TokenNames() {}

  /** " (expected 'fi')", or "" when nothing useful can be said. */
  static String expected(IntervalSet expected) {
    if (expected == null) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (int type : CLOSERS) {
      if (expected.contains(type)) {
        names.add(name(type));
      }
    }
    if (names.isEmpty() && expected.size() <= 3) {
      for (int type : expected.toList()) {
        names.add(name(type));
      }
    }
    if (names.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" (expected ");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(i == names.size() - 1 ? " or " : ", ");
      }
      out.append(names.get(i));
    }
    return out.append(')').toString();
  }

  static String name(int type) {
    switch (type) {
      case Token.EOF:
        return "end of script";
      case PosixShellLexer.WORD:
        return "a word";
      case PosixShellLexer.PATTERN:
        return "a pattern";
      case PosixShellLexer.PATTERN_LPAREN:
        return "'('";
      case PosixShellLexer.PATTERN_RPAREN:
        return "')'";
      case PosixShellLexer.ASSIGNMENT_WORD:
        return "an assignment";
      case PosixShellLexer.NEWLINE:
        return "a newline";
      case PosixShellLexer.LBRACE:
        return "'{'";
      case PosixShellLexer.RBRACE:
        return "'}'";
      case PosixShellLexer.BANG:
        return "'!'";
      case PosixShellLexer.DBRACKET_OPEN:
        return "'[['";
      case PosixShellLexer.DBRACKET_CLOSE:
        return "']]'";
      case PosixShellLexer.ARITH_COMMAND:
        return "'((...))'";
      case PosixShellLexer.SEMI:
        return "';'";
      case PosixShellLexer.LPAREN:
        return "'('";
      case PosixShellLexer.RPAREN:
        return "')'";
      case PosixShellLexer.IN:
        return "'in'";
      default:
        String literal = PosixShellLexer.VOCABULARY.getLiteralName(type);
        if (literal != null) {
          return literal;
        }
        String symbolic = PosixShellLexer.VOCABULARY.getSymbolicName(type);
        return symbolic == null
            ? "token " + type
            : "'" + symbolic.toLowerCase(java.util.Locale.ROOT) + "'";
    }
  }
}
