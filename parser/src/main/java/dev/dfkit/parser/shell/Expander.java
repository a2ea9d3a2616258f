package dev.dfkit.parser.shell;

import static dev.dfkit.parser.shell.CharacterClasses.EOF;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one expansion of one word: where we are, what was looked up, and the word buffer
 * that BuildKit shares between nested scans. Created per call, so {@link ShellLexer} stays
 * immutable.
 */
final class Expander {
  /** Deeper {@code ${A:-${B:-...}}} nesting than this is refused rather than overflowing. */
  static final int MAX_NESTING = 256;

  private final ShellLexer lexer;
  private final WordCursor in;
  private final VariableLookup env;
  private final boolean capture;
  private final StringBuilder sharedWord;
  private final Set<String> matched;
  private final Set<String> unmatched;
  private List<String> words = List.of();
  private int depth;

  Expander(ShellLexer lexer, String word, VariableLookup env, boolean capture, boolean split) {
    this.lexer = lexer;
    this.in = new WordCursor(word);
    this.env = env;
    this.capture = capture;
    this.matched = capture ? new LinkedHashSet<>() : Set.of();
    this.unmatched = capture ? new LinkedHashSet<>() : Set.of();
    this.sharedWord = split ? new StringBuilder() : null;
  }

  /** Expands the whole word; afterwards {@link #words()} and the lookup sets are filled. */
  String run() throws ExpansionFailure {
    return scan(EOF, lexer.rawEscapes());
  }

  List<String> words() {
    return words;
  }

  Set<String> matched() {
    return matched;
  }

  Set<String> unmatched() {
    return unmatched;
  }

  /**
   * Expands up to {@code stop} (consumed) or the end of the word.
   *
   * @param stop a character ending the scan, or EOF for the whole word
   * @param rawEscapes whether escape characters are kept in the result (they still escape)
   */
  private String scan(int stop, boolean rawEscapes) throws ExpansionFailure {
    StringBuilder result = new StringBuilder();
    WordBuffer split = sharedWord == null ? WordBuffer.DISCARD : WordBuffer.over(sharedWord);
    boolean quotes = !lexer.skipProcessQuotes();
    int escape = lexer.escapeToken();
    while (!in.atEnd()) {
      int c = in.peek();
      if (stop != EOF && c == stop) {
        in.next();
        words = split.finish();
        return result.toString();
      }
      if (c == '$') {
        String value = dollar();
        result.append(value);
        split.addSplitting(value);
        continue;
      }
      if (c == '<' || (quotes && (c == '\'' || c == '"'))) {
        String text =
            c == '<' ? possibleHeredoc() : c == '\'' ? singleQuoted() : doubleQuoted(rawEscapes);
        result.append(text);
        split.addLiteral(text);
        continue;
      }
      in.next();
      if (c == escape) {
        if (rawEscapes) {
          split.addLiteral(c);
          result.appendCodePoint(c);
        }
        c = in.next();
        if (c == EOF) {
          // An escape at the very end escapes nothing; only raw escapes keep it.
          break;
        }
        split.addLiteral(c);
      } else {
        split.addChar(c);
      }
      result.appendCodePoint(c);
    }
    if (stop != EOF) {
      // Callers replace this with "missing '}'" or "missing '/'", as BuildKit does.
      throw new ExpansionFailure(
          "unexpected end of statement while looking for matching " + CharacterClasses.text(stop),
          in.pos());
    }
    words = split.finish();
    return result.toString();
  }

  /** {@code '...'}: everything literal up to the next single quote; nothing escapes it. */
  private String singleQuoted() throws ExpansionFailure {
    int open = in.pos();
    boolean raw = lexer.rawQuotes();
    StringBuilder out = new StringBuilder();
    if (raw) {
      out.append('\'');
    }
    in.next();
    while (true) {
      int c = in.next();
      if (c == EOF) {
        throw new ExpansionFailure(
            "unexpected end of statement while looking for matching single-quote", open);
      }
      if (c == '\'') {
        if (raw) {
          out.append('\'');
        }
        return out.toString();
      }
      out.appendCodePoint(c);
    }
  }

  /**
   * {@code "..."}: variables expand; the escape token escapes only {@code "}, {@code $} and itself,
   * and is kept literally before anything else.
   */
  private String doubleQuoted(boolean rawEscapes) throws ExpansionFailure {
    int open = in.pos();
    boolean raw = lexer.rawQuotes();
    int escape = lexer.escapeToken();
    StringBuilder out = new StringBuilder();
    if (raw) {
      out.append('"');
    }
    in.next();
    while (true) {
      int c = in.peek();
      if (c == EOF) {
        throw new ExpansionFailure(
            "unexpected end of statement while looking for matching double-quote", open);
      }
      if (c == '"') {
        in.next();
        if (raw) {
          out.append('"');
        }
        return out.toString();
      }
      if (c == '$') {
        out.append(dollar());
        continue;
      }
      in.next();
      if (c == escape) {
        if (rawEscapes) {
          out.appendCodePoint(c);
        }
        int next = in.peek();
        if (next == EOF) {
          // Dropped; the loop then reports the missing closing quote.
          continue;
        }
        if (next == '"' || next == '$' || next == escape) {
          c = in.next();
        }
      }
      out.appendCodePoint(c);
    }
  }

  /** {@code <<} and the blanks after it stay one word with the heredoc delimiter that follows. */
  private String possibleHeredoc() {
    in.next();
    if (in.peek() != '<') {
      return "<";
    }
    in.next();
    int blanksStart = in.pos();
    while (CharacterClasses.isHeredocBlank(in.peek())) {
      in.next();
    }
    return "<<" + in.text().substring(blanksStart, in.pos());
  }

  /** {@code $NAME} or {@code ${...}}, with the cursor on the {@code $}. */
  private String dollar() throws ExpansionFailure {
    int start = in.pos();
    in.next();
    if (in.peek() != '{') {
      String name = name();
      if (name.isEmpty()) {
        return "$";
      }
      String value = lookup(name);
      if (value == null) {
        return lexer.skipUnsetEnv() ? "$" + name : "";
      }
      return value;
    }
    in.next();
    int first = in.peek();
    if (first == EOF) {
      throw new ExpansionFailure("syntax error: missing '}'", start);
    }
    if (first == '{' || first == '}' || first == ':') {
      throw new ExpansionFailure("syntax error: bad substitution", in.pos());
    }
    String name = name();
    int operatorAt = in.pos();
    int operator = in.next();
    if (operator == '}') {
      String value = lookup(name);
      if (value == null) {
        return lexer.skipUnsetEnv() ? "${" + name + "}" : "";
      }
      return value;
    }
    boolean isModifier =
        operator == ':'
            || operator == '+'
            || operator == '-'
            || operator == '?'
            || operator == '#'
            || operator == '%';
    if (!isModifier && operator != '/') {
      throw unsupported(CharacterClasses.text(operator), operatorAt);
    }
    if (++depth > MAX_NESTING) {
      throw new ExpansionFailure("syntax error: substitutions nested too deeply", start);
    }
    try {
      return isModifier ? modifier(name, operator, start, operatorAt) : replacement(name, start);
    } finally {
      depth--;
    }
  }

  /**
   * {@code ${NAME op word}} for the operators {@code - + ? # % ## %%}, optionally after a colon.
   */
  private String modifier(String name, int operator, int start, int operatorAt)
      throws ExpansionFailure {
    String spelled = CharacterClasses.text(operator);
    int op = operator;
    boolean emptyIsUnset = false;
    if (operator == ':') {
      emptyIsUnset = true;
      op = in.next();
      // BuildKit accepts any character after the colon here and complains only after reading
      // the word, so ${A:x...} still reports a missing '}' first.
      spelled += CharacterClasses.text(op);
    }
    boolean isPattern = op == '#' || op == '%';
    if (emptyIsUnset && isPattern) {
      throw unsupported(spelled, operatorAt);
    }
    String word = scanClosing('}', isPattern, start, "syntax error: missing '}'");
    String value = lookup(name);
    boolean set = value != null;
    if (!set && lexer.skipUnsetEnv()) {
      return "${" + name + spelled + word + "}";
    }
    if (!set) {
      value = "";
    }
    boolean absent = !set || (emptyIsUnset && value.isEmpty());
    switch (op) {
      case '-':
        return absent ? word : value;
      case '+':
        return absent ? "" : word;
      case '?':
        if (!set) {
          throw new ExpansionFailure(
              name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word), start);
        }
        if (absent) {
          throw new ExpansionFailure(
              name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word), start);
        }
        return value;
      case '#':
      case '%':
        // The doubled operator is recognised after expansion, as BuildKit does.
        boolean greedy = !word.isEmpty() && word.charAt(0) == op;
        String glob = greedy ? word.substring(1) : word;
        try {
          return op == '%'
              ? ShellPattern.removeSuffix(glob, value, greedy)
              : ShellPattern.removePrefix(glob, value, greedy);
        } catch (ExpansionFailure f) {
          throw new ExpansionFailure(f.getMessage(), start);
        }
      default:
        throw unsupported(spelled, operatorAt);
    }
  }

  /** {@code ${NAME/pattern/replacement}} and {@code ${NAME//pattern/replacement}}. */
  private String replacement(String name, int start) throws ExpansionFailure {
    boolean all = in.peek() == '/';
    if (all) {
      in.next();
    }
    String pattern = scanClosing('/', true, start, "syntax error: missing '/' in ${}");
    String replacement = scanClosing('}', true, start, "syntax error: missing '}'");
    String value = lookup(name);
    if (value == null && lexer.skipUnsetEnv()) {
      // BuildKit writes a single slash back even for //.
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    }
    String subject = value == null ? "" : value;
    try {
      ShellPattern compiled = ShellPattern.compile(pattern, true, false);
      return all
          ? compiled.replaceAll(subject, replacement)
          : compiled.replaceFirst(subject, replacement);
    } catch (ExpansionFailure f) {
      throw new ExpansionFailure(f.getMessage(), start);
    }
  }

  /** A nested scan up to {@code stop}; running off the end becomes {@code endMessage}. */
  private String scanClosing(int stop, boolean rawEscapes, int start, String endMessage)
      throws ExpansionFailure {
    try {
      return scan(stop, rawEscapes);
    } catch (ExpansionFailure f) {
      if (in.atEnd()) {
        throw new ExpansionFailure(endMessage, start);
      }
      throw f;
    }
  }

  /** A possibly empty variable name (see {@link CharacterClasses#nameEnd}); moves past it. */
  private String name() {
    int start = in.pos();
    int end = CharacterClasses.nameEnd(in.text(), start);
    in.skipTo(end);
    return in.text().substring(start, end);
  }

  private String lookup(String name) {
    String value = env.get(name);
    if (capture) {
      (value != null ? matched : unmatched).add(name);
    }
    return value;
  }

  private static ExpansionFailure unsupported(String spelled, int at) {
    return new ExpansionFailure("unsupported modifier (" + spelled + ") in substitution", at);
  }
}
