package dev.dfkit.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The shell's grammar state behind {@code PosixShellLexer}. The grammar matches the tokens of each
 * lexical context; this class decides what they are in the shell's grammar, as the shell's own
 * tokenizer does:
 *
 * <ul>
 *   <li>the tokens of one word (literal runs, quotes, expansions, with everything nested inside)
 *       become one {@link ShellWordToken};
 *   <li>a word is a reserved word ({@code if}, {@code then}, ..., {@code {}, {@code !}, {@code
 *       [[}) only in command position, where POSIX recognises them (plus {@code in} as the third
 *       word of {@code for} and {@code case}), and an assignment only before the command name;
 *   <li>inside {@code $(...)} the {@code )} that closes it is the first one that neither closes a
 *       {@code (} nor ends a case pattern: it becomes {@code CMDSUB_END} and the lexer returns to
 *       the mode the substitution started in;
 *   <li>after {@code [[} the words are read in mode TEST up to {@code ]]};
 *   <li>{@code <<WORD} queues a here-document whose body starts after the next newline token, read
 *       in mode HEREDOC up to the delimiter line.
 * </ul>
 *
 * <p>Only tokens already matched and the next character are looked at: there is no predicate in
 * the grammar and no backtracking.
 */
public abstract class PosixShellLexerBase extends Lexer {

  private static final Map<String, Integer> RESERVED =
      Map.ofEntries(
          Map.entry("if", PosixShellLexer.IF),
          Map.entry("then", PosixShellLexer.THEN),
          Map.entry("else", PosixShellLexer.ELSE),
          Map.entry("elif", PosixShellLexer.ELIF),
          Map.entry("fi", PosixShellLexer.FI),
          Map.entry("do", PosixShellLexer.DO),
          Map.entry("done", PosixShellLexer.DONE),
          Map.entry("case", PosixShellLexer.CASE),
          Map.entry("esac", PosixShellLexer.ESAC),
          Map.entry("while", PosixShellLexer.WHILE),
          Map.entry("until", PosixShellLexer.UNTIL),
          Map.entry("for", PosixShellLexer.FOR),
          Map.entry("function", PosixShellLexer.FUNCTION),
          Map.entry("{", PosixShellLexer.LBRACE),
          Map.entry("}", PosixShellLexer.RBRACE),
          Map.entry("!", PosixShellLexer.BANG),
          Map.entry("[[", PosixShellLexer.DBRACKET_OPEN));

  // Where a case command is (per nesting level).
  private static final int CASE_SUBJECT = 1; // after 'case': the word
  private static final int CASE_EXPECT_IN = 2; // after the word: 'in'
  private static final int CASE_PATTERN_START = 3; // a pattern, '(' or 'esac'
  private static final int CASE_PATTERN_OPEN = 4; // after '(': a pattern
  private static final int CASE_PATTERN_BAR = 5; // after '|': a pattern
  private static final int CASE_PATTERN_NEXT = 6; // after a pattern: '|' or ')'
  private static final int CASE_BODY = 7; // the commands of an item

  // Where a for command is.
  private static final int FOR_NONE = 0;
  private static final int FOR_NAME = 1;
  private static final int FOR_AFTER_NAME = 2; // 'in' or 'do' (newlines allowed before)
  private static final int FOR_WORDS = 3; // the words after 'in'

  // What the next word is, after a redirection operator.
  private static final int TARGET_NONE = 0;
  private static final int TARGET_FILE = 1;
  private static final int TARGET_HEREDOC = 2;
  private static final int TARGET_HEREDOC_STRIP = 3;

  /** The grammar state of one script: the top level, or the inside of a substitution. */
  private static final class ScriptState {
    final boolean substitution;
    boolean reservedOk = true;
    boolean assignOk = true;
    int parens;
    boolean inTest;
    int target;
    int forState;
    boolean functionName;
    final Deque<int[]> cases = new ArrayDeque<>();
    final Deque<ShellHeredoc> heredocs = new ArrayDeque<>();
    boolean lineStart;
    boolean continued;
    boolean afterTerminator;

    ScriptState(boolean substitution) {
      this.substitution = substitution;
    }

    int caseState() {
      int[] top = cases.peek();
      return top == null ? 0 : top[0];
    }

    void setCase(int state) {
      int[] top = cases.peek();
      if (top != null) {
        top[0] = state;
      }
    }

    boolean inCasePattern() {
      int c = caseState();
      return c >= CASE_PATTERN_START && c <= CASE_PATTERN_NEXT;
    }

    /** After ; & && || | |& ( and newlines: a new command starts. */
    void separator(boolean newline) {
      reservedOk = true;
      assignOk = true;
      target = TARGET_NONE;
      functionName = false;
      if (forState == FOR_WORDS || forState == FOR_NAME || !newline) {
        forState = FOR_NONE;
      }
    }

    /** After fi, done, esac, }, ) and ]]: reserved words may follow, nothing else. */
    void closer() {
      reservedOk = true;
      assignOk = false;
      target = TARGET_NONE;
    }

    void word() {
      reservedOk = false;
      assignOk = false;
    }
  }

  private ScriptState top = new ScriptState(false);
  private Token pushedBack;

  protected PosixShellLexerBase(CharStream input) {
    super(input);
    setTokenFactory(CachedTextToken.FACTORY);
  }

  @Override
  public Token nextToken() {
    return next(top);
  }

  @Override
  public void reset() {
    super.reset();
    top = new ScriptState(false);
    pushedBack = null;
  }

  private Token raw() {
    Token t = pushedBack;
    if (t != null) {
      pushedBack = null;
      return t;
    }
    return super.nextToken();
  }

  /** The next token of a script, with words glued and the grammar state updated. */
  private Token next(ScriptState st) {
    Token t = raw();
    int type = t.getType();
    switch (type) {
      case Token.EOF,
      PosixShellLexer.WS,
      PosixShellLexer.LINE_CONTINUATION,
      PosixShellLexer.COMMENT:
        return t;
      case PosixShellLexer.HEREDOC_TEXT, PosixShellLexer.HEREDOC_NEWLINE:
        return heredocLine((CommonToken) t, st);
      case PosixShellLexer.NEWLINE:
        if (t.getChannel() == DEFAULT_TOKEN_CHANNEL) {
          st.separator(true);
          if (!st.heredocs.isEmpty()) {
            pushMode(PosixShellLexer.HEREDOC);
            st.lineStart = true;
            st.continued = false;
            st.afterTerminator = false;
          }
        }
        return t;
      case PosixShellLexer.SEMI,
      PosixShellLexer.AMP,
      PosixShellLexer.AND_IF,
      PosixShellLexer.OR_IF,
      PosixShellLexer.PIPE_AMP:
        st.separator(false);
        return t;
      case PosixShellLexer.PIPE:
        if (st.caseState() == CASE_PATTERN_NEXT) {
          st.setCase(CASE_PATTERN_BAR);
        } else {
          st.separator(false);
        }
        return t;
      case PosixShellLexer.DSEMI, PosixShellLexer.SEMI_AND, PosixShellLexer.DSEMI_AND:
        if (st.caseState() == CASE_BODY) {
          st.setCase(CASE_PATTERN_START);
        }
        st.separator(false);
        return t;
      case PosixShellLexer.LPAREN:
        if (st.caseState() == CASE_PATTERN_START) {
          st.setCase(CASE_PATTERN_OPEN);
          ((CommonToken) t).setType(PosixShellLexer.PATTERN_LPAREN);
        } else {
          st.parens++;
          st.separator(false);
        }
        return t;
      case PosixShellLexer.RPAREN:
        if (st.inCasePattern()) {
          st.setCase(CASE_BODY);
          st.separator(false);
          ((CommonToken) t).setType(PosixShellLexer.PATTERN_RPAREN);
        } else if (st.parens == 0 && st.substitution) {
          ((CommonToken) t).setType(PosixShellLexer.CMDSUB_END);
          popMode();
        } else {
          if (st.parens > 0) {
            st.parens--;
          }
          st.closer();
        }
        return t;
      case PosixShellLexer.LESS,
      PosixShellLexer.GREAT,
      PosixShellLexer.DGREAT,
      PosixShellLexer.TLESS,
      PosixShellLexer.LESSAND,
      PosixShellLexer.GREATAND,
      PosixShellLexer.CLOBBER,
      PosixShellLexer.LESSGREAT,
      PosixShellLexer.AND_GREAT,
      PosixShellLexer.AND_DGREAT:
        st.target = TARGET_FILE;
        return t;
      case PosixShellLexer.DLESS:
        st.target = TARGET_HEREDOC;
        return t;
      case PosixShellLexer.DLESSDASH:
        st.target = TARGET_HEREDOC_STRIP;
        return t;
      case PosixShellLexer.ARITH_COMMAND_START:
        {
          Token group = group(t, PosixShellLexer.ARITH_END, PosixShellLexer.ARITH_COMMAND);
          st.forState = FOR_NONE;
          st.closer();
          return group;
        }
      default:
        if (isPartStart(type)) {
          return word(t, st);
        }
        return t;
    }
  }

  private static boolean isPartStart(int type) {
    switch (type) {
      case PosixShellLexer.LIT,
      PosixShellLexer.SQ,
      PosixShellLexer.ANSI_SQ,
      PosixShellLexer.BQ,
      PosixShellLexer.PARAM,
      PosixShellLexer.BRACE_START,
      PosixShellLexer.ARITH_START,
      PosixShellLexer.CMDSUB_START,
      PosixShellLexer.DQ_START,
      PosixShellLexer.PROCSUB_START:
        return true;
      default:
        return false;
    }
  }

  // ---- words ---------------------------------------------------------------------------------

  private Token word(Token first, ScriptState st) {
    List<Token> parts = wordParts(first);
    int type = classify(parts, st);
    if (_input.LA(1) == '('
        && parts.size() == 1
        && isAssignment(parts)
        && parts.get(0).getText().endsWith("=")) {
      // NAME=( ... ): a bash array, before a command or as an argument of declare, local, ...
      parts.add(array(raw()));
    }
    ShellWordToken word = makeWord(type, parts);
    if (st.target != TARGET_NONE) {
      if (st.target != TARGET_FILE) {
        ShellHeredoc heredoc = heredoc(parts, st.target == TARGET_HEREDOC_STRIP);
        word.setHeredoc(heredoc);
        st.heredocs.add(heredoc);
      }
      st.target = TARGET_NONE;
    }
    return word;
  }

  private ShellWordToken makeWord(int type, List<Token> parts) {
    Token first = parts.get(0);
    ShellWordToken word =
        new ShellWordToken(
            _tokenFactorySourcePair,
            type,
            first.getStartIndex(),
            last(parts).getStopIndex(),
            parts);
    word.setLine(first.getLine());
    word.setCharPositionInLine(first.getCharPositionInLine());
    return word;
  }

  private static Token last(List<Token> tokens) {
    return tokens.get(tokens.size() - 1);
  }

  /** The parts of the word that starts with {@code first}: up to a blank or an operator. */
  private List<Token> wordParts(Token first) {
    List<Token> parts = new ArrayList<>(2);
    Token part = first;
    while (true) {
      parts.add(part(part));
      if (wordEnds()) {
        return parts;
      }
      if (_mode == DEFAULT_MODE && _input.LA(1) == '#') {
        pushMode(PosixShellLexer.HASH);
      }
      part = raw();
      if (!isPartStart(part.getType())) {
        pushedBack = part;
        return parts;
      }
    }
  }

  /** Does the word end before the next character? */
  private boolean wordEnds() {
    int c = _input.LA(1);
    if (isWordEnd(c)) {
      return true;
    }
    if (c == '\\') {
      // A line continuation followed by a word end is blank; one inside a word is part of it.
      int i = _input.LA(2) == '\r' ? 3 : 2;
      return _input.LA(i) == '\n' && isWordEnd(_input.LA(i + 1));
    }
    return false;
  }

  private boolean isWordEnd(int c) {
    switch (c) {
      case IntStream.EOF, ' ', '\t', '\r', '\f', 0x0B, '\n', ';':
        return true;
      case '&', '|', '<', '>', '(', ')':
        return _mode != PosixShellLexer.TEST;
      default:
        return false;
    }
  }

  /** One part; a nested one is read to its end. */
  private Token part(Token t) {
    switch (t.getType()) {
      case PosixShellLexer.DQ_START:
        return group(t, PosixShellLexer.DQ_END, PosixShellLexer.DQ_START);
      case PosixShellLexer.BRACE_START:
        return group(t, PosixShellLexer.BRACE_END, PosixShellLexer.BRACE_START);
      case PosixShellLexer.BRACE_OPEN:
        return group(t, PosixShellLexer.BRACE_END, PosixShellLexer.BRACE_OPEN);
      case PosixShellLexer.ARITH_START:
        return group(t, PosixShellLexer.ARITH_END, PosixShellLexer.ARITH_START);
      case PosixShellLexer.CMDSUB_START, PosixShellLexer.PROCSUB_START:
        return substitution(t);
      default:
        return t;
    }
  }

  /** Word parts up to the token that closes {@code open} (or the end of input). */
  private Token group(Token open, int closeType, int groupType) {
    List<Token> content = new ArrayList<>();
    while (true) {
      Token t = raw();
      if (t.getType() == Token.EOF) {
        pushedBack = t;
        return new ShellGroupToken(_tokenFactorySourcePair, groupType, open, content, null);
      }
      if (t.getType() == closeType) {
        return new ShellGroupToken(_tokenFactorySourcePair, groupType, open, content, t);
      }
      content.add(part(t));
    }
  }

  /** The script of {@code $(...)} or {@code <(...)}, up to its closing parenthesis. */
  private Token substitution(Token open) {
    ScriptState inner = new ScriptState(true);
    List<Token> content = new ArrayList<>();
    while (true) {
      Token t = next(inner);
      if (t.getType() == Token.EOF) {
        pushedBack = t;
        return new ShellGroupToken(_tokenFactorySourcePair, open.getType(), open, content, null);
      }
      if (t.getType() == PosixShellLexer.CMDSUB_END) {
        return new ShellGroupToken(_tokenFactorySourcePair, open.getType(), open, content, t);
      }
      content.add(t);
    }
  }

  /** The {@code (...)} of a bash array assignment: words, blanks, newlines and comments. */
  private Token array(Token open) {
    ScriptState inner = new ScriptState(false);
    List<Token> content = new ArrayList<>();
    while (true) {
      Token t = raw();
      int type = t.getType();
      if (type == Token.EOF) {
        pushedBack = t;
        return new ShellGroupToken(_tokenFactorySourcePair, open.getType(), open, content, null);
      }
      if (type == PosixShellLexer.RPAREN) {
        return new ShellGroupToken(_tokenFactorySourcePair, open.getType(), open, content, t);
      }
      if (isPartStart(type)) {
        inner.word();
        content.add(makeWord(PosixShellLexer.WORD, wordParts(t)));
      } else {
        content.add(t);
      }
    }
  }

  /** The token type of a word in the current grammar state, and the state after it. */
  private int classify(List<Token> parts, ScriptState st) {
    if (st.target != TARGET_NONE) {
      st.reservedOk = false;
      return PosixShellLexer.WORD;
    }
    String plain = plainText(parts);
    if (st.inTest) {
      if (plain != null && plain.startsWith("]]") && isTestCloseGlued(plain)) {
        // ']]&&' (no blank): the ']]' ends the test, the rest is lexed again as operators.
        Token lit = parts.get(0);
        CommonToken close =
            new CommonToken(
                _tokenFactorySourcePair,
                PosixShellLexer.LIT,
                DEFAULT_TOKEN_CHANNEL,
                lit.getStartIndex(),
                lit.getStartIndex() + 1);
        _input.seek(lit.getStartIndex() + 2);
        _hitEOF = false; // the literal may have run to the end; what follows is lexed again
        parts.set(0, close);
        plain = "]]";
      }
      if ("]]".equals(plain)) {
        popMode();
        st.inTest = false;
        st.closer();
        return PosixShellLexer.DBRACKET_CLOSE;
      }
      return PosixShellLexer.WORD;
    }
    switch (st.caseState()) {
      case CASE_SUBJECT:
        st.setCase(CASE_EXPECT_IN);
        st.word();
        return PosixShellLexer.WORD;
      case CASE_EXPECT_IN:
        if ("in".equals(plain)) {
          st.setCase(CASE_PATTERN_START);
          st.word();
          return PosixShellLexer.IN;
        }
        break;
      case CASE_PATTERN_START:
        if ("esac".equals(plain)) {
          st.cases.pop();
          st.closer();
          return PosixShellLexer.ESAC;
        }
        st.setCase(CASE_PATTERN_NEXT);
        return PosixShellLexer.PATTERN;
      case CASE_PATTERN_OPEN, CASE_PATTERN_BAR, CASE_PATTERN_NEXT:
        st.setCase(CASE_PATTERN_NEXT);
        return PosixShellLexer.PATTERN;
      default:
        break;
    }
    switch (st.forState) {
      case FOR_NAME:
        st.forState = FOR_AFTER_NAME;
        st.word();
        return PosixShellLexer.WORD;
      case FOR_AFTER_NAME:
        st.forState = FOR_NONE;
        if ("in".equals(plain)) {
          st.forState = FOR_WORDS;
          st.word();
          return PosixShellLexer.IN;
        }
        if ("do".equals(plain)) {
          st.reservedOk = true;
          st.assignOk = true;
          return PosixShellLexer.DO;
        }
        break;
      case FOR_WORDS:
        return PosixShellLexer.WORD;
      default:
        break;
    }
    if (st.functionName) {
      st.functionName = false;
      st.closer();
      return PosixShellLexer.WORD;
    }
    if (st.reservedOk && plain != null) {
      Integer reserved = RESERVED.get(plain);
      if (reserved != null) {
        reservedWord(reserved, st);
        return reserved;
      }
    }
    if (st.assignOk && isAssignment(parts)) {
      st.reservedOk = false;
      return PosixShellLexer.ASSIGNMENT_WORD;
    }
    st.word();
    return PosixShellLexer.WORD;
  }

  /** {@code ]]} followed only by operator characters: {@code ]]&&}, {@code ]]||}, {@code ]])}. */
  private static boolean isTestCloseGlued(String plain) {
    if (plain.length() == 2) {
      return false;
    }
    for (int i = 2; i < plain.length(); i++) {
      if ("&|)<>".indexOf(plain.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private void reservedWord(int type, ScriptState st) {
    switch (type) {
      case PosixShellLexer.CASE:
        st.cases.push(new int[] {CASE_SUBJECT});
        st.word();
        break;
      case PosixShellLexer.FOR:
        st.forState = FOR_NAME;
        st.word();
        break;
      case PosixShellLexer.FUNCTION:
        st.functionName = true;
        st.word();
        break;
      case PosixShellLexer.DBRACKET_OPEN:
        pushMode(PosixShellLexer.TEST);
        st.inTest = true;
        st.word();
        break;
      case PosixShellLexer.ESAC:
        if (!st.cases.isEmpty()) {
          st.cases.pop();
        }
        st.closer();
        break;
      case PosixShellLexer.FI, PosixShellLexer.DONE, PosixShellLexer.RBRACE:
        st.closer();
        break;
      default:
        st.reservedOk = true;
        st.assignOk = true;
        break;
    }
  }

  /**
   * The text of a word made of one unquoted literal run with no escapes (line continuations aside),
   * else null: only such a word can be a reserved word.
   */
  private static String plainText(List<Token> parts) {
    if (parts.size() != 1 || parts.get(0).getType() != PosixShellLexer.LIT) {
      return null;
    }
    String text = parts.get(0).getText();
    if (text.indexOf('\\') < 0) {
      return text;
    }
    String joined = text.replace("\\\r\n", "").replace("\\\n", "");
    return joined.indexOf('\\') < 0 ? joined : null;
  }

  /** NAME=..., NAME+=... or NAME[subscript]=... at the start of the first part. */
  private static boolean isAssignment(List<Token> parts) {
    Token first = parts.get(0);
    if (first.getType() != PosixShellLexer.LIT) {
      return false;
    }
    String s = first.getText();
    if (s.isEmpty()
        || !(Character.isLetter(s.charAt(0)) && s.charAt(0) < 128 || s.charAt(0) == '_')) {
      return false;
    }
    int i = 1;
    while (i < s.length() && isNameChar(s.charAt(i))) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '[') {
      int close = s.indexOf(']', i);
      if (close < 0) {
        return false;
      }
      i = close + 1;
    }
    if (i < s.length() && s.charAt(i) == '+') {
      i++;
    }
    return i < s.length() && s.charAt(i) == '=';
  }

  private static boolean isNameChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  // ---- here-documents ------------------------------------------------------------------------

  /** A here-document for the delimiter word {@code parts}: quote removal, and whether quoted. */
  private static ShellHeredoc heredoc(List<Token> parts, boolean stripTabs) {
    StringBuilder delimiter = new StringBuilder();
    boolean quoted = false;
    for (Token p : parts) {
      String text = p.getText();
      switch (p.getType()) {
        case PosixShellLexer.LIT:
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
              quoted = true;
              char n = text.charAt(++i);
              if (n != '\n') {
                delimiter.append(n);
              }
            } else {
              delimiter.append(c);
            }
          }
          break;
        case PosixShellLexer.SQ:
          quoted = true;
          delimiter.append(
              text, 1, text.length() - (text.length() > 1 && text.endsWith("'") ? 1 : 0));
          break;
        case PosixShellLexer.ANSI_SQ:
          quoted = true;
          delimiter.append(
              text, 2, text.length() - (text.length() > 2 && text.endsWith("'") ? 1 : 0));
          break;
        case PosixShellLexer.DQ_START:
          quoted = true;
          for (Token inner : ((ShellGroupToken) p).content()) {
            delimiter.append(unescapeDoubleQuoted(inner.getText()));
          }
          break;
        default:
          delimiter.append(text);
          break;
      }
    }
    return new ShellHeredoc(delimiter.toString(), quoted, stripTabs);
  }

  private static String unescapeDoubleQuoted(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(i + 1)) >= 0) {
        char n = text.charAt(++i);
        if (n != '\n') {
          out.append(n);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A body line, its line end, or the delimiter line of the first pending here-document. */
  private Token heredocLine(CommonToken t, ScriptState st) {
    boolean newline = t.getType() == PosixShellLexer.HEREDOC_NEWLINE;
    if (newline && st.afterTerminator) {
      // The line end of a delimiter line: the next body, or back to the script.
      st.afterTerminator = false;
      st.lineStart = true;
      if (st.heredocs.isEmpty()) {
        leaveHeredocMode();
      }
      return t;
    }
    ShellHeredoc heredoc = st.heredocs.peek();
    if (heredoc == null) {
      leaveHeredocMode();
      return t;
    }
    if (st.lineStart && heredoc.isDelimiterLine(newline ? "" : t.getText())) {
      t.setType(PosixShellLexer.HEREDOC_END);
      heredoc.terminate(t);
      st.heredocs.poll();
      st.lineStart = newline;
      st.afterTerminator = !newline && _input.LA(1) == '\n';
      if (!st.afterTerminator && st.heredocs.isEmpty()) {
        leaveHeredocMode();
      }
      return t;
    }
    heredoc.addLine(t);
    if (newline) {
      st.lineStart = !st.continued;
      st.continued = false;
    } else {
      st.lineStart = false;
      st.continued = !heredoc.quoted() && endsWithOddBackslashes(t.getText());
    }
    return t;
  }

  private void leaveHeredocMode() {
    if (_mode == PosixShellLexer.HEREDOC) {
      popMode();
    }
  }

  private static boolean endsWithOddBackslashes(String text) {
    int n = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }
}
