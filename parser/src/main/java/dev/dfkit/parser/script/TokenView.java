package dev.dfkit.parser.script;

import dev.dfkit.grammar.PosixShellLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** The tokens of a script as the shell reads them, and its comments. */
record TokenView(List<ShellToken> tokens, List<ShellComment> comments) {

  static TokenView of(List<Token> lexed, Locator locator) {
    List<ShellToken> tokens = new ArrayList<>(lexed.size());
    List<ShellComment> comments = new ArrayList<>();
    int bodyStart = -1;
    int bodyEnd = -1;
    StringBuilder body = new StringBuilder();
    boolean afterDelimiter = false;
    for (Token t : lexed) {
      int type = t.getType();
      boolean bodyLine =
          type == PosixShellLexer.HEREDOC_TEXT
              || (type == PosixShellLexer.HEREDOC_NEWLINE && !afterDelimiter);
      if (bodyLine) {
        if (bodyStart < 0) {
          bodyStart = t.getStartIndex();
          body.setLength(0);
        }
        body.append(t.getText());
        bodyEnd = t.getStopIndex() + 1;
        afterDelimiter = false;
        continue;
      }
      if (bodyStart >= 0) {
        tokens.add(
            token(ShellTokenKind.HEREDOC_BODY, body.toString(), bodyStart, bodyEnd, locator));
        bodyStart = -1;
      }
      afterDelimiter = type == PosixShellLexer.HEREDOC_END;
      ShellTokenKind kind = kind(t);
      if (kind == null) {
        continue;
      }
      int start = t.getStartIndex();
      int end = t.getStopIndex() + 1;
      if (kind == ShellTokenKind.COMMENT) {
        comments.add(new ShellComment(t.getText(), locator.range(start, end)));
      }
      tokens.add(
          new ShellToken(
              kind,
              t.getText(),
              locator.range(start, end),
              locator.scriptOffset(start),
              locator.scriptOffset(end)));
    }
    if (bodyStart >= 0) {
      tokens.add(token(ShellTokenKind.HEREDOC_BODY, body.toString(), bodyStart, bodyEnd, locator));
    }
    return new TokenView(tokens, comments);
  }

  private static ShellToken token(
      ShellTokenKind kind, String text, int start, int end, Locator locator) {
    return new ShellToken(
        kind,
        text,
        locator.range(start, end),
        locator.scriptOffset(start),
        locator.scriptOffset(end));
  }

  /** The kind of a token; null for blanks and line continuations. */
  private static ShellTokenKind kind(Token t) {
    switch (t.getType()) {
      case Token.EOF, PosixShellLexer.WS, PosixShellLexer.LINE_CONTINUATION:
        return null;
      case PosixShellLexer.WORD, PosixShellLexer.PATTERN:
        return ShellTokenKind.WORD;
      case PosixShellLexer.ASSIGNMENT_WORD:
        return ShellTokenKind.ASSIGNMENT;
      case PosixShellLexer.IF,
      PosixShellLexer.THEN,
      PosixShellLexer.ELSE,
      PosixShellLexer.ELIF,
      PosixShellLexer.FI,
      PosixShellLexer.DO,
      PosixShellLexer.DONE,
      PosixShellLexer.CASE,
      PosixShellLexer.ESAC,
      PosixShellLexer.WHILE,
      PosixShellLexer.UNTIL,
      PosixShellLexer.FOR,
      PosixShellLexer.IN,
      PosixShellLexer.FUNCTION,
      PosixShellLexer.LBRACE,
      PosixShellLexer.RBRACE,
      PosixShellLexer.BANG,
      PosixShellLexer.DBRACKET_OPEN,
      PosixShellLexer.DBRACKET_CLOSE:
        return ShellTokenKind.RESERVED_WORD;
      case PosixShellLexer.AND_IF,
      PosixShellLexer.OR_IF,
      PosixShellLexer.DSEMI_AND,
      PosixShellLexer.DSEMI,
      PosixShellLexer.SEMI_AND,
      PosixShellLexer.SEMI,
      PosixShellLexer.PIPE_AMP,
      PosixShellLexer.PIPE,
      PosixShellLexer.AMP,
      PosixShellLexer.LPAREN,
      PosixShellLexer.RPAREN,
      PosixShellLexer.PATTERN_LPAREN,
      PosixShellLexer.PATTERN_RPAREN,
      PosixShellLexer.CMDSUB_END:
        return ShellTokenKind.OPERATOR;
      case PosixShellLexer.ARITH_COMMAND:
        return ShellTokenKind.ARITHMETIC_COMMAND;
      case PosixShellLexer.NEWLINE, PosixShellLexer.HEREDOC_NEWLINE:
        return ShellTokenKind.NEWLINE;
      case PosixShellLexer.COMMENT:
        return ShellTokenKind.COMMENT;
      case PosixShellLexer.HEREDOC_END:
        return ShellTokenKind.HEREDOC_DELIMITER;
      default:
        return t.getText().isEmpty() ? null : redirectionOr(t);
    }
  }

  private static ShellTokenKind redirectionOr(Token t) {
    switch (t.getType()) {
      case PosixShellLexer.LESS,
      PosixShellLexer.GREAT,
      PosixShellLexer.DGREAT,
      PosixShellLexer.DLESS,
      PosixShellLexer.DLESSDASH,
      PosixShellLexer.TLESS,
      PosixShellLexer.LESSAND,
      PosixShellLexer.GREATAND,
      PosixShellLexer.CLOBBER,
      PosixShellLexer.LESSGREAT,
      PosixShellLexer.AND_GREAT,
      PosixShellLexer.AND_DGREAT:
        return ShellTokenKind.REDIRECTION;
      default:
        return ShellTokenKind.WORD;
    }
  }
}
