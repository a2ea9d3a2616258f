package dev.dfkit.parser.script;

import dev.dfkit.grammar.PosixShellLexer;
import dev.dfkit.grammar.ShellGroupToken;
import dev.dfkit.grammar.ShellWordToken;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Builds {@link ShellWord}s and their parts from the lexer's word tokens. */
final class WordBuilder {

  /** How backslashes in literal text are read. */
  enum Quoting {
    UNQUOTED,
    DOUBLE_QUOTED,
    RAW
  }

  private final ScriptParser parser;
  private final Locator locator;

  WordBuilder(ScriptParser parser, Locator locator) {
    this.parser = parser;
    this.locator = locator;
  }

  ShellWord word(ShellWordToken token) {
    return new ShellWord(
        token.getText(), range(token), parts(token.parts(), Quoting.UNQUOTED, false));
  }

  /** {@code NAME=value}: the name, and the value as a word of its own. */
  Assignment assignment(ShellWordToken token) {
    List<Token> tokenParts = token.parts();
    Token first = tokenParts.get(0);
    String firstText = first.getText();
    int eq = firstText.indexOf('=');
    if (firstText.indexOf('[') >= 0 && firstText.indexOf('[') < eq) {
      eq = firstText.indexOf('=', firstText.indexOf(']'));
    }
    boolean append = eq > 0 && firstText.charAt(eq - 1) == '+';
    String name = firstText.substring(0, append ? eq - 1 : eq);
    int valueStart = first.getStartIndex() + eq + 1;
    int end = token.getStopIndex() + 1;
    List<WordPart> valueParts = new ArrayList<>();
    if (eq + 1 < firstText.length()) {
      String rest = firstText.substring(eq + 1);
      valueParts.add(
          new Literal(
              rest,
              locator.range(valueStart, valueStart + rest.length()),
              unescape(rest, Quoting.UNQUOTED)));
    }
    valueParts.addAll(parts(tokenParts.subList(1, tokenParts.size()), Quoting.UNQUOTED, false));
    String text = token.getText();
    ShellWord value =
        new ShellWord(
            text.substring(valueStart - token.getStartIndex()),
            locator.range(valueStart, end),
            valueParts);
    return new Assignment(range(token), name, append, value);
  }

  private SourceRange range(Token t) {
    return locator.range(t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** The parts for a list of lexer tokens; adjacent literal runs are merged. */
  private List<WordPart> parts(List<Token> tokens, Quoting quoting, boolean inDoubleQuotes) {
    List<WordPart> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (isLiteral(t.getType())) {
        int j = i + 1;
        while (j < tokens.size() && isLiteral(tokens.get(j).getType())) {
          j++;
        }
        int start = t.getStartIndex();
        int end = tokens.get(j - 1).getStopIndex() + 1;
        String s;
        if (j == i + 1) {
          s = t.getText();
        } else {
          StringBuilder text = new StringBuilder();
          for (int k = i; k < j; k++) {
            text.append(tokens.get(k).getText());
          }
          s = text.toString();
        }
        out.add(new Literal(s, locator.range(start, end), unescape(s, quoting)));
        i = j;
        continue;
      }
      WordPart part = part(t, inDoubleQuotes);
      if (part != null) {
        out.add(part);
      }
      i++;
    }
    return out;
  }

  private static boolean isLiteral(int type) {
    switch (type) {
      case PosixShellLexer.LIT,
      PosixShellLexer.DQ_TEXT,
      PosixShellLexer.BRACE_TEXT,
      PosixShellLexer.ARITH_TEXT,
      PosixShellLexer.ARITH_LPAREN,
      PosixShellLexer.ARITH_RPAREN:
        return true;
      default:
        return false;
    }
  }

  private WordPart part(Token t, boolean inDoubleQuotes) {
    String text = t.getText();
    SourceRange range = range(t);
    switch (t.getType()) {
      case PosixShellLexer.SQ:
        return new SingleQuoted(text, range, between(text, 1, "'"), false);
      case PosixShellLexer.ANSI_SQ:
        return new SingleQuoted(text, range, AnsiC.decode(between(text, 2, "'")), true);
      case PosixShellLexer.PARAM:
        return new ParameterExpansion(text, range, text.substring(1), false, List.of());
      case PosixShellLexer.BQ:
        return backquote(t, inDoubleQuotes);
      default:
        break;
    }
    if (!(t instanceof ShellGroupToken g)) {
      return new Literal(text, range, text);
    }
    int innerStart = g.open().getStopIndex() + 1;
    int innerEnd = g.isTerminated() ? g.close().getStartIndex() : g.getStopIndex() + 1;
    switch (g.getType()) {
      case PosixShellLexer.DQ_START:
        return new DoubleQuoted(text, range, parts(g.content(), Quoting.DOUBLE_QUOTED, true));
      case PosixShellLexer.BRACE_START:
        return new ParameterExpansion(
            text,
            range,
            parameterName(inner(g)),
            true,
            parts(g.content(), Quoting.RAW, inDoubleQuotes));
      case PosixShellLexer.BRACE_OPEN:
        return new Literal(text, range, text);
      case PosixShellLexer.ARITH_START:
        {
          List<WordPart> expansions = new ArrayList<>();
          for (WordPart p : parts(g.content(), Quoting.RAW, inDoubleQuotes)) {
            if (!(p instanceof Literal)) {
              expansions.add(p);
            }
          }
          return new ArithmeticExpansion(text, range, inner(g), expansions);
        }
      case PosixShellLexer.CMDSUB_START:
        return new CommandSubstitution(
            text, range, parser.parseTokens(g.content(), locator, innerStart, innerEnd));
      case PosixShellLexer.PROCSUB_START:
        return new ProcessSubstitution(
            text,
            range,
            text.startsWith("<"),
            parser.parseTokens(g.content(), locator, innerStart, innerEnd));
      case PosixShellLexer.LPAREN:
        {
          List<ShellWord> elements = new ArrayList<>();
          for (Token inner : g.content()) {
            if (inner instanceof ShellWordToken w) {
              elements.add(word(w));
            }
          }
          return new ArrayLiteral(text, range, elements);
        }
      default:
        return new Literal(text, range, text);
    }
  }

  /** The text between a group's opening and closing tokens. */
  static String inner(ShellGroupToken g) {
    String text = g.getText();
    int from = g.open().getText().length();
    int to = g.isTerminated() ? text.length() - g.close().getText().length() : text.length();
    return to >= from ? text.substring(from, to) : "";
  }

  private static String between(String text, int prefix, String close) {
    int end = text.length() > prefix && text.endsWith(close) ? text.length() - 1 : text.length();
    return end >= prefix ? text.substring(prefix, end) : "";
  }

  /** The name in the text of {@code ${...}}: after {@code #} or {@code !}, before any operator. */
  static String parameterName(String inner) {
    int i = 0;
    if (inner.length() > 1 && (inner.charAt(0) == '#' || inner.charAt(0) == '!')) {
      char next = inner.charAt(1);
      if (isNameStart(next) || Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0) {
        i = 1;
      }
    }
    if (i >= inner.length()) {
      return inner.substring(0, Math.min(1, inner.length()));
    }
    char c = inner.charAt(i);
    int j = i + 1;
    if (isNameStart(c)) {
      while (j < inner.length()
          && (isNameStart(inner.charAt(j)) || Character.isDigit(inner.charAt(j)))) {
        j++;
      }
    } else if (c >= '0' && c <= '9') {
      while (j < inner.length() && Character.isDigit(inner.charAt(j))) {
        j++;
      }
    } else if ("@*#?$!-".indexOf(c) < 0) {
      return "";
    }
    return inner.substring(i, j);
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Backslash removal in literal text, as the shell does it in each context. */
  static String unescape(String text, Quoting quoting) {
    if (quoting == Quoting.RAW || text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char n = text.charAt(i + 1);
      if (n == '\n') {
        i++; // line continuation
      } else if (n == '\r' && i + 2 < text.length() && text.charAt(i + 2) == '\n') {
        i += 2;
      } else if (quoting == Quoting.UNQUOTED || "$`\"\\".indexOf(n) >= 0) {
        out.append(n);
        i++;
      } else {
        out.append(c); // inside double quotes other backslashes stay
      }
    }
    return out.toString();
  }

  /**
   * {@code `script`}: backslashes before {@code $}, {@code `} and {@code \} (and {@code "} inside
   * double quotes) are removed, then the text is parsed as a script whose ranges point at the
   * original characters.
   */
  private Backquote backquote(Token t, boolean inDoubleQuotes) {
    String text = t.getText();
    int contentStart = t.getStartIndex() + 1;
    boolean terminated = text.length() >= 2 && text.endsWith("`");
    String content = text.substring(1, terminated ? text.length() - 1 : text.length());
    StringBuilder unescaped = new StringBuilder(content.length());
    int[] map = new int[content.length() + 1];
    int n = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\\' && i + 1 < content.length()) {
        char next = content.charAt(i + 1);
        if (next == '$' || next == '`' || next == '\\' || (inDoubleQuotes && next == '"')) {
          i++;
          c = next;
        }
      }
      map[n++] = contentStart + i;
      unescaped.append(c);
    }
    map[n] = contentStart + content.length();
    int[] trimmed = java.util.Arrays.copyOf(map, n + 1);
    Script script =
        parser.parseNested(
            unescaped.toString(), new Locator.Mapped(locator, trimmed), 0, unescaped.length());
    return new Backquote(text, range(t), script);
  }
}
