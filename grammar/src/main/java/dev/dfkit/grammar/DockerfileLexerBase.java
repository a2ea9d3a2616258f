package dev.dfkit.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * State and predicates behind {@code DockerfileLexer}: the escape character, the parser-directive
 * section, and the queue of heredoc terminators. The grammar decides which tokens exist; this class
 * only answers the context-dependent questions the grammar asks.
 */
public abstract class DockerfileLexerBase extends Lexer {

  /** A heredoc body the lexer must read after the current instruction line. */
  public record HeredocTerminator(String name, boolean chomp) {}

  /**
   * Decides which heredoc bodies follow an instruction line. The parser module supplies it, because
   * the answer needs BuildKit's instruction syntax (exec form, shell words) on the logical line.
   */
  @FunctionalInterface
  public interface HeredocPolicy {
    List<HeredocTerminator> terminators(List<Token> instructionTokens);
  }

  // BuildKit: '#', optional blanks, then key=value; Go's \s is [\t\n\f\r ].
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?d)"
              + "[\\t\\n\\f\\r \\x{0B}\\x{85}\\x{A0}]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*");
  private static final Set<String> DIRECTIVE_KEYS = Set.of("syntax", "escape", "check");

  private char escape = '\\';
  private boolean escapeSet;
  private boolean directiveSectionOpen = true;
  private boolean directiveOnThisLine;
  private HeredocPolicy heredocPolicy = tokens -> List.of();
  private final List<Token> instructionTokens = new ArrayList<>();
  private boolean collecting;
  private int instructionStart;
  private final Deque<HeredocTerminator> pendingHeredocs = new ArrayDeque<>();

  protected DockerfileLexerBase(CharStream input) {
    super(input);
  }

  public void setHeredocPolicy(HeredocPolicy policy) {
    this.heredocPolicy = policy;
  }

  /**
   * Lexes on from the line after an instruction of an earlier lex of the same text (its input
   * seeked there): the directive section is over there and the escape character settled.
   */
  public void resumeAfterInstruction(char escape) {
    this.escape = escape;
    this.escapeSet = true;
    this.directiveSectionOpen = false;
  }

  /**
   * True when the lexer stands at the start of a line outside any instruction: no instruction, no
   * continuation and no heredoc body is open. A re-parse that lexed only part of a text checks this
   * where it stopped: only then does the rest read as it did before.
   */
  public boolean betweenInstructions() {
    return _mode == DEFAULT_MODE
        && _modeStack.isEmpty()
        && pendingHeredocs.isEmpty()
        && !collecting;
  }

  /** The escape character in effect ({@code \} unless an {@code escape} directive changed it). */
  public char escape() {
    return escape;
  }

  protected abstract boolean isInstructionStart(int type);

  protected abstract boolean isKeyword(int type);

  protected abstract int unknownWordType();

  protected abstract int commentType();

  protected abstract int directiveType();

  protected abstract boolean isLineEnd(int type);

  protected abstract boolean isIndentation(int type);

  protected abstract int instructionMode();

  protected abstract int continuationLineMode();

  protected abstract int heredocMode();

  protected abstract int heredocLineType();

  protected abstract int heredocEndType();

  /**
   * Settles the token type before the token is made: a comment at the top may be a directive, a
   * keyword is only a keyword where BuildKit's first word ends, and a heredoc body line may be the
   * terminator of the pending heredoc.
   */
  @Override
  public Token emit() {
    if (_type == commentType() && directiveSectionOpen && isDirectiveLine(getText())) {
      _type = directiveType();
    } else if (isKeyword(_type) && !keywordEnds()) {
      _type = unknownWordType();
    } else if (_type == heredocLineType() && isHeredocTerminator(getText())) {
      _type = heredocEndType();
      endHeredoc();
    }
    Token token = super.emit();
    int type = token.getType();
    if (directiveSectionOpen && (_mode == DEFAULT_MODE || isInstructionStart(type))) {
      trackDirectiveSection(token, type);
    }
    if (isInstructionStart(type)) {
      instructionTokens.clear();
      collecting = true;
      instructionStart = token.getStartIndex();
    }
    if (collecting) {
      instructionTokens.add(token);
    }
    return token;
  }

  /** Action of every instruction's first word: read its arguments in the mode of the escape. */
  protected void enterInstruction() {
    mode(instructionMode());
  }

  /** Action of a line holding only the escape character: an instruction continued from here. */
  protected void enterContinuedInstruction() {
    mode(instructionMode());
    pushMode(continuationLineMode());
  }

  private void trackDirectiveSection(Token token, int type) {
    if (type == directiveType()) {
      directiveOnThisLine = true;
      applyDirective(token.getText());
    } else if (isLineEnd(type)) {
      // A blank line closes the section; the line end of a directive does not.
      directiveSectionOpen = directiveOnThisLine;
      directiveOnThisLine = false;
    } else if (!isIndentation(type)) {
      directiveSectionOpen = false;
    }
  }

  private void applyDirective(String text) {
    Matcher m = DIRECTIVE.matcher(text.substring(1));
    if (m.matches() && m.group(1).toLowerCase(Locale.ROOT).equals("escape") && !escapeSet) {
      escapeSet = true;
      String value = m.group(2);
      if (value.equals("`") || value.equals("\\")) {
        escape = value.charAt(0);
      }
    }
  }

  // ---- predicates -------------------------------------------------------------------------

  protected boolean atFileStart() {
    return _tokenStartCharIndex == 0;
  }

  protected boolean atEof() {
    return _input.LA(1) == IntStream.EOF;
  }

  protected boolean escapeIs(char c) {
    return escape == c;
  }

  /** Is this comment line a directive BuildKit accepts ('#', a known key, '=', a value)? */
  private static boolean isDirectiveLine(String text) {
    Matcher m = DIRECTIVE.matcher(text.substring(1));
    return m.matches() && DIRECTIVE_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * After a keyword's letters: does BuildKit's first word end here? It does at a separator, a line
   * end or the end of input, and at a line continuation when the next content line starts with a
   * separator (the continuation joins lines without adding a space).
   */
  protected boolean keywordEnds() {
    int c = _input.LA(1);
    if (isWordEnd(c)) {
      return true;
    }
    int i = 1;
    while (c == escape) {
      int after = skipContinuation(i);
      if (after < 0) {
        return false; // an escape that does not end the line is part of the word
      }
      i = skipDroppedLines(after);
      c = _input.LA(i);
      if (isWordEnd(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordEnd(int c) {
    return c == ' '
        || c == '\t'
        || c == 0x0B
        || c == '\f'
        || c == '\r'
        || c == '\n'
        || c == IntStream.EOF;
  }

  /** If LA(i) starts escape [ \t]* \r* (\n|EOF), the LA index after it; otherwise -1. */
  private int skipContinuation(int i) {
    if (_input.LA(i) != escape) {
      return -1;
    }
    i++;
    while (_input.LA(i) == ' ' || _input.LA(i) == '\t') {
      i++;
    }
    while (_input.LA(i) == '\r') {
      i++;
    }
    int c = _input.LA(i);
    if (c == '\n') {
      return i + 1;
    }
    return c == IntStream.EOF ? i : -1;
  }

  /**
   * Skips the comment and whitespace-only lines a continuation drops; returns the LA index after.
   */
  private int skipDroppedLines(int i) {
    while (true) {
      int j = i;
      while (isSpace(_input.LA(j))) {
        j++;
      }
      int c = _input.LA(j);
      if (c == '#') {
        while (_input.LA(j) != '\n' && _input.LA(j) != IntStream.EOF) {
          j++;
        }
        if (_input.LA(j) == IntStream.EOF) {
          return j;
        }
        i = j + 1;
      } else if (c == '\n') {
        i = j + 1;
      } else if (c == IntStream.EOF) {
        return j;
      } else {
        return i;
      }
    }
  }

  /** Go's unicode.IsSpace minus '\n'. */
  protected static boolean isSpace(int c) {
    switch (c) {
      case ' ', '\t', 0x0B, '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  // ---- instruction ends and heredocs -------------------------------------------------------

  /** Action on the line end of an instruction: read heredoc bodies next, or a new line. */
  protected void endInstruction() {
    collecting = false;
    pendingHeredocs.clear();
    // A heredoc needs "<<" on the logical line, so at least two '<' in the raw text: most
    // instructions skip the policy (which rebuilds the logical line) entirely.
    if (!instructionTokens.isEmpty() && countLessThan(2)) {
      pendingHeredocs.addAll(heredocPolicy.terminators(List.copyOf(instructionTokens)));
    }
    instructionTokens.clear();
    mode(pendingHeredocs.isEmpty() ? DEFAULT_MODE : heredocMode());
  }

  /** Whether the current instruction's raw text, up to here, holds at least {@code n} '<'. */
  private boolean countLessThan(int n) {
    // One copy and indexOf per '<' instead of a stream call per character.
    String raw = _input.getText(Interval.of(instructionStart, _input.index() - 1));
    int found = 0;
    for (int i = raw.indexOf('<'); i >= 0; i = raw.indexOf('<', i + 1)) {
      if (++found >= n) {
        return true;
      }
    }
    return false;
  }

  /**
   * Is this body line (its {@code \n} included, if any) the terminator of the current heredoc?
   * BuildKit trims {@code \r\n}, and tabs if chomping. A line without {@code \n} ends the input.
   */
  private boolean isHeredocTerminator(String line) {
    HeredocTerminator t = pendingHeredocs.peek();
    if (t == null) {
      return false;
    }
    int i = 0;
    if (t.chomp()) {
      while (i < line.length() && line.charAt(i) == '\t') {
        i++;
      }
    }
    if (!line.startsWith(t.name(), i)) {
      return false;
    }
    i += t.name().length();
    while (i < line.length() && line.charAt(i) == '\r') {
      i++;
    }
    return i == line.length() || (line.charAt(i) == '\n' && i + 1 == line.length());
  }

  private void endHeredoc() {
    pendingHeredocs.poll();
    if (pendingHeredocs.isEmpty()) {
      mode(DEFAULT_MODE);
    }
  }
}
