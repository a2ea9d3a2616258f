package dev.dfkit.parser.syntax;

import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the heredocs an instruction line opens, with BuildKit's rules: only RUN, COPY and ADD (also
 * as ONBUILD triggers) in shell form; the line is split into shell words (quotes and escapes kept,
 * backslash as escape whatever the file's escape character); each word that is {@code [n]<<[-]NAME}
 * opens one, in order.
 */
public final class HeredocWords {

  /** A heredoc word BuildKit rejects (the whole instruction is an error). */
  public static final class HeredocException extends Exception {
    private static final long serialVersionUID = 1L;

    HeredocException(String message) {
      super(message);
    }
  }

  // Go's \s is [\t\n\f\r ].
  private static final Pattern HEREDOC = Pattern.compile("(\\d*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)");

  private static final ShellLexer LINE_WORDS =
      ShellLexer.of('\\').withRawQuotes(true).withRawEscapes(true).withSkipUnsetEnv(true);
  private static final ShellLexer NAME_WORDS = ShellLexer.of('\\').withSkipUnsetEnv(true);
  private static final ShellLexer NAME_WORDS_RAW = NAME_WORDS.withRawQuotes(true);

  private HeredocWords() {}

  /** The heredocs opened by an instruction's logical line, or none when it cannot have any. */
  public static List<HeredocWord> forInstruction(String line, char escape) throws HeredocException {
    if (!line.contains("<<") || !canContainHeredoc(line, escape)) {
      return List.of();
    }
    return inLine(line);
  }

  static boolean canContainHeredoc(String line, char escape) {
    SplitCommand split = SplitCommand.of(line, escape);
    String keyword = split.command().value().toLowerCase(Locale.ROOT);
    Piece args = split.arguments();
    if (keyword.equals("onbuild")) {
      if (args.value().isEmpty()) {
        return false;
      }
      split = SplitCommand.of(line, args.start(), args.end(), escape);
      keyword = split.command().value().toLowerCase(Locale.ROOT);
      args = split.arguments();
    }
    if (!keyword.equals("run") && !keyword.equals("copy") && !keyword.equals("add")) {
      return false;
    }
    Arguments parsed = LineArguments.parse(keyword, line, args, escape);
    return !parsed.hasError() && !parsed.json();
  }

  /** Every heredoc word of {@code line}, in order. */
  static List<HeredocWord> inLine(String line) throws HeredocException {
    List<String> words;
    try {
      words = LINE_WORDS.processWords(line, VariableLookup.EMPTY);
    } catch (ExpansionException e) {
      return List.of();
    }
    List<HeredocWord> docs = new ArrayList<>();
    int from = 0;
    for (String word : words) {
      int at = line.indexOf(word, from);
      int start = at;
      int end = at < 0 ? -1 : at + word.length();
      if (at >= 0) {
        from = end;
      }
      Optional<HeredocWord> doc = parse(word, start, end);
      doc.ifPresent(docs::add);
    }
    return docs;
  }

  /** BuildKit's ParseHeredoc: the heredoc a single word opens, if it is one. */
  public static Optional<HeredocWord> parse(String word) {
    try {
      return parse(word, -1, -1);
    } catch (HeredocException e) {
      return Optional.empty();
    }
  }

  private static Optional<HeredocWord> parse(String word, int start, int end)
      throws HeredocException {
    Matcher m = HEREDOC.matcher(word);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(3);
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    int fd;
    try {
      fd = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      fd = Integer.MAX_VALUE;
    }
    boolean chomp = m.group(2).equals("-");
    List<String> names;
    List<String> rawNames;
    try {
      names = NAME_WORDS.processWords(rest, VariableLookup.EMPTY);
      if (names.size() != 1) {
        return Optional.empty();
      }
      rawNames = NAME_WORDS_RAW.processWords(rest, VariableLookup.EMPTY);
    } catch (ExpansionException e) {
      throw new HeredocException(e.getMessage());
    }
    if (rawNames.size() != names.size()) {
      throw new HeredocException(
          "internal lexing of heredoc produced inconsistent results: " + rest);
    }
    String name = names.get(0);
    boolean expand = quotes(name) == quotes(rawNames.get(0));
    return Optional.of(new HeredocWord(name, fd, expand, chomp, start, end));
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        n++;
      }
    }
    return n;
  }
}
