package dev.dfkit.parser.script;

import dev.dfkit.grammar.PosixShellLexer;
import dev.dfkit.grammar.PosixShellParser;
import dev.dfkit.grammar.ShellGroupToken;
import dev.dfkit.grammar.ShellWordToken;
import dev.dfkit.grammar.Utf16CharStream;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The ANTLR wiring: lexes a script, parses it (SLL first, full LL with error recovery when that
 * fails), and builds the tree, recursing into command substitutions and backquotes. One instance
 * per {@link ShellScripts#parse} call; it collects the diagnostics.
 */
final class ScriptParser {

  /** Nesting of substitutions beyond which a script is kept as text. */
  static final int MAX_DEPTH = 64;

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Deque<Heredoc> externalBodies;
  private int depth;

  private ScriptParser(List<Heredoc> externalBodies) {
    this.externalBodies = new ArrayDeque<>(externalBodies);
  }

  /**
   * Parses {@code script}. Here-documents whose body is not in the script (a RUN line: BuildKit
   * appends the Dockerfile's heredoc bodies) take the {@code externalBodies}, in order.
   */
  static ShellScriptResult parse(LogicalText script, List<Heredoc> externalBodies) {
    ScriptParser parser = new ScriptParser(externalBodies);
    Locator locator = new Locator.Root(script);
    Script tree;
    try {
      tree = parser.parseText(script.text(), locator);
    } catch (StackOverflowError e) {
      parser.diagnostics.clear();
      tree = opaque(script.text(), locator, 0, script.length());
      parser.diagnostics.add(
          Diagnostic.error(
              tree.range(),
              ShellCodes.TOO_DEEP,
              "the script nests too deeply to be analysed; it is kept as text"));
    }
    List<Diagnostic> sorted = new ArrayList<>(parser.diagnostics);
    sorted.sort(Comparator.comparingInt(d -> d.range().startOffset()));
    return new ShellScriptResult(tree, sorted);
  }

  /** A script kept as one token, for input the parser cannot take apart. */
  static Script opaque(String text, Locator locator, int start, int end) {
    List<ShellToken> tokens =
        start == end
            ? List.of()
            : List.of(
                new ShellToken(
                    ShellTokenKind.WORD,
                    text.substring(start, end),
                    locator.range(start, end),
                    locator.scriptOffset(start),
                    locator.scriptOffset(end)));
    return new Script(locator.range(start, end), List.of(), List.of(), tokens);
  }

  // ---- lexing and parsing --------------------------------------------------------------------

  /** Lexes and parses a whole text. */
  Script parseText(String text, Locator locator) {
    PosixShellLexer lexer = new PosixShellLexer(new Utf16CharStream(text, "script"));
    lexer.removeErrorListeners();
    CommonTokenStream stream = new CommonTokenStream(lexer);
    stream.fill();
    List<Token> tokens = stream.getTokens();
    checkTokens(tokens, locator);
    return parseStream(stream, tokens.subList(0, tokens.size() - 1), locator, 0, text.length());
  }

  /** Parses the tokens of a command substitution, already lexed with the enclosing word. */
  Script parseTokens(List<Token> tokens, Locator locator, int start, int end) {
    if (depth >= MAX_DEPTH) {
      return tooDeep(locator, start, end, tokens);
    }
    CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
    stream.fill();
    return parseStream(stream, tokens, locator, start, end);
  }

  /** Lexes and parses the text of a backquoted command. */
  Script parseNested(String text, Locator locator, int start, int end) {
    if (depth >= MAX_DEPTH) {
      return tooDeep(locator, start, end, List.of());
    }
    depth++;
    try {
      return parseText(text, locator);
    } finally {
      depth--;
    }
  }

  private Script tooDeep(Locator locator, int start, int end, List<Token> tokens) {
    diagnostics.add(
        Diagnostic.error(
            locator.range(start, end),
            ShellCodes.TOO_DEEP,
            "substitutions nest more than " + MAX_DEPTH + " deep; this one is kept as text"));
    return new Script(locator.range(start, end), List.of(), List.of(), List.of());
  }

  private Script parseStream(
      CommonTokenStream stream, List<Token> tokens, Locator locator, int start, int end) {
    PosixShellParser parser = new PosixShellParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    PosixShellParser.ScriptContext tree;
    try {
      tree = parser.script();
    } catch (ParseCancellationException e) {
      parser.reset();
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.addErrorListener(new SyntaxErrors(locator));
      tree = parser.script();
    }
    depth++;
    try {
      return new TreeBuilder(this, locator, end).script(tree, tokens, start, end);
    } finally {
      depth--;
    }
  }

  /** The next Dockerfile heredoc body for a here-document with none in the script. */
  Heredoc nextExternalBody() {
    return externalBodies.poll();
  }

  void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  // ---- lexical problems ----------------------------------------------------------------------

  /** Reports what is never closed: quotes, expansions, substitutions. */
  private void checkTokens(List<Token> tokens, Locator locator) {
    for (Token t : tokens) {
      check(t, locator);
    }
  }

  private void check(Token t, Locator locator) {
    if (t instanceof ShellWordToken word) {
      for (Token part : word.parts()) {
        check(part, locator);
      }
      return;
    }
    if (t instanceof ShellGroupToken group) {
      if (!group.isTerminated()) {
        unterminated(group, locator, groupProblem(group.getType()));
      } else if (group.getType() == PosixShellLexer.ARITH_START
          && group.close().getText().equals(")")) {
        diagnostics.add(
            Diagnostic.error(
                locator.range(group.getStartIndex(), group.getStopIndex() + 1),
                ShellCodes.SYNTAX,
                "'$((' is closed by a single ')': write '))' to end the arithmetic expansion, or"
                    + " '$( (' for a command substitution that starts with a subshell"));
      }
      for (Token inner : group.content()) {
        check(inner, locator);
      }
      return;
    }
    switch (t.getType()) {
      case PosixShellLexer.SQ:
        String sq = t.getText();
        if (sq.length() < 2 || !sq.endsWith("'")) {
          unterminated(t, locator, "unterminated single quote: add the closing '");
        }
        break;
      case PosixShellLexer.ANSI_SQ:
        String ansi = t.getText();
        if (ansi.length() < 3 || !ansi.endsWith("'") || endsEscaped(ansi)) {
          unterminated(t, locator, "unterminated $'...' string: add the closing '");
        }
        break;
      case PosixShellLexer.BQ:
        String text = t.getText();
        if (text.length() < 2 || !text.endsWith("`") || endsEscaped(text)) {
          unterminated(t, locator, "unterminated backquote: add the closing `");
        }
        break;
      default:
        break;
    }
  }

  /** Whether the last character is escaped (then it does not close the quote). */
  private static boolean endsEscaped(String text) {
    int n = 0;
    for (int i = text.length() - 2; i >= 0 && text.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static String groupProblem(int type) {
    switch (type) {
      case PosixShellLexer.DQ_START:
        return "unterminated double quote: add the closing \"";
      case PosixShellLexer.BRACE_START:
        return "unterminated ${: add the closing }";
      case PosixShellLexer.BRACE_OPEN:
        return "unterminated { inside ${...}: add the closing }";
      case PosixShellLexer.ARITH_START:
        return "unterminated $((: add the closing ))";
      case PosixShellLexer.ARITH_COMMAND:
        return "unterminated ((: add the closing ))";
      case PosixShellLexer.CMDSUB_START:
        return "unterminated $(: add the closing )";
      case PosixShellLexer.PROCSUB_START:
        return "unterminated process substitution: add the closing )";
      default:
        return "unterminated array: add the closing )";
    }
  }

  private void unterminated(Token t, Locator locator, String message) {
    diagnostics.add(
        Diagnostic.error(
            locator.range(t.getStartIndex(), t.getStopIndex() + 1),
            ShellCodes.UNTERMINATED,
            message));
  }

  // ---- syntax errors -------------------------------------------------------------------------

  /** Turns ANTLR's errors into diagnostics that say what was found and what was expected. */
  private final class SyntaxErrors extends BaseErrorListener {
    private final Locator locator;
    private final BitSet reported = new BitSet();

    SyntaxErrors(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      Token token = (Token) offendingSymbol;
      int start = Math.max(0, token.getStartIndex());
      if (reported.get(start)) {
        return; // one message per place: recovery may report the same token again
      }
      reported.set(start);
      boolean eof = token.getType() == Token.EOF;
      SourceRange range =
          eof ? locator.range(start, start) : locator.range(start, token.getStopIndex() + 1);
      IntervalSet expected =
          e != null && e.getExpectedTokens() != null
              ? e.getExpectedTokens()
              : ((Parser) recognizer).getExpectedTokens();
      String found = eof ? "unexpected end of script" : "unexpected " + describe(token);
      diagnostics.add(
          Diagnostic.error(range, ShellCodes.SYNTAX, found + TokenNames.expected(expected)));
    }

    private String describe(Token token) {
      if (token.getType() == PosixShellLexer.NEWLINE) {
        return "newline";
      }
      String text = token.getText();
      if (text.length() > 30) {
        text = text.substring(0, 27) + "...";
      }
      return "'" + text.replace("\n", "\\n") + "'";
    }
  }
}
