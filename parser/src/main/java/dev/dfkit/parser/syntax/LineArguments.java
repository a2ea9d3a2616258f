package dev.dfkit.parser.syntax;

import dev.dfkit.parser.dump.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's per-instruction line parsers (its {@code line_parsers.go} rules), applied to the
 * argument text of a logical line. Each returns the argument nodes with their spans.
 */
public final class LineArguments {

  private LineArguments() {}

  /**
   * The rule BuildKit uses for an instruction keyword (lower case); unknown keywords ignore args.
   */
  public static Arguments parse(String keyword, String line, Piece args, char escape) {
    return switch (keyword) {
      case "add", "copy", "volume" -> maybeJsonToList(line, args);
      case "run", "cmd", "entrypoint", "shell" -> maybeJson(line, args);
      case "from", "expose" -> whitespaceDelimited(line, args);
      case "env" -> nameValue(line, args, escape, "ENV");
      case "label" -> nameValue(line, args, escape, "LABEL");
      case "arg" -> nameOrNameValue(line, args, escape);
      case "maintainer", "user", "workdir", "stopsignal" -> string(args);
      case "healthcheck" -> healthcheck(line, args);
      case "onbuild" -> Arguments.of(List.of(), false); // the trigger is parsed as an instruction
      default -> Arguments.of(List.of(new Piece("", args.start(), args.start())), false);
    };
  }

  static Arguments string(Piece args) {
    return args.value().isEmpty()
        ? Arguments.of(List.of(), false)
        : Arguments.of(List.of(args), false);
  }

  static Arguments whitespaceDelimited(String line, Piece args) {
    if (args.value().isEmpty()) {
      return Arguments.of(List.of(), false);
    }
    return Arguments.of(splitOnSeparators(line, args.start(), args.end()), false);
  }

  /** Splits on runs of [\t\v\f\r ] like Go's regexp Split(s, -1). */
  static List<Piece> splitOnSeparators(String line, int start, int end) {
    List<Piece> out = new ArrayList<>();
    int wordStart = start;
    int i = start;
    while (i < end) {
      if (Whitespace.isSeparator(line.charAt(i))) {
        out.add(Piece.of(line, wordStart, i));
        while (i < end && Whitespace.isSeparator(line.charAt(i))) {
          i++;
        }
        wordStart = i;
      } else {
        i++;
      }
    }
    out.add(Piece.of(line, wordStart, end));
    return out;
  }

  static Arguments maybeJson(String line, Piece args) {
    if (args.value().isEmpty()) {
      return Arguments.of(List.of(), false);
    }
    ExecForm.Parsed json = ExecForm.parse(line, args.start(), args.end());
    if (json.isJson()) {
      return jsonResult(json);
    }
    return Arguments.of(List.of(args), false);
  }

  static Arguments maybeJsonToList(String line, Piece args) {
    ExecForm.Parsed json = ExecForm.parse(line, args.start(), args.end());
    if (json.isJson()) {
      return jsonResult(json);
    }
    return whitespaceDelimited(line, args);
  }

  private static Arguments jsonResult(ExecForm.Parsed json) {
    if (json.firstNonString() != null) {
      Piece bad = json.firstNonString();
      return Arguments.error(ExecForm.NOT_STRINGS, bad.start(), bad.end());
    }
    return Arguments.of(json.elements(), true);
  }

  static Arguments healthcheck(String line, Piece args) {
    int start = args.start();
    int end = args.end();
    int sep = start;
    while (sep < end && !Whitespace.isSpace(line.charAt(sep))) {
      sep++;
    }
    int next = sep;
    while (next < end && Whitespace.isSpace(line.charAt(next))) {
      next++;
    }
    if (sep == start) {
      return Arguments.of(List.of(), false);
    }
    Arguments cmd = maybeJson(line, Piece.of(line, next, end));
    if (cmd.hasError()) {
      return cmd;
    }
    List<Piece> nodes = new ArrayList<>();
    nodes.add(Piece.of(line, start, sep));
    nodes.addAll(cmd.nodes());
    return Arguments.of(nodes, cmd.json());
  }

  /** BuildKit's parseWords: quote-aware words, quotes and escapes kept in the values. */
  static List<Piece> words(String line, int start, int end, char escape) {
    List<Piece> words = new ArrayList<>();
    boolean inWord = false;
    boolean inQuote = false;
    char quote = 0;
    int wordStart = -1;
    StringBuilder word = new StringBuilder();
    for (int pos = start; pos <= end; pos++) {
      char ch = pos < end ? line.charAt(pos) : 0;
      if (!inWord && !inQuote) {
        if (pos == end) {
          break;
        }
        if (Whitespace.isSpace(ch)) {
          continue;
        }
        inWord = true;
        wordStart = pos;
      }
      if (pos == end) {
        if (word.length() > 0) {
          words.add(new Piece(word.toString(), wordStart, end));
        }
        break;
      }
      if (inWord) {
        if (Whitespace.isSpace(ch)) {
          inWord = false;
          if (word.length() > 0) {
            words.add(new Piece(word.toString(), wordStart, pos));
          }
          word.setLength(0);
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          inWord = false;
          inQuote = true;
        }
        if (ch == escape) {
          if (pos + 1 == end) {
            continue; // an escape at the end of the line is dropped
          }
          word.append(ch);
          pos++;
          ch = line.charAt(pos);
        }
        word.append(ch);
        continue;
      }
      // in a quote
      if (ch == quote) {
        inQuote = false;
        inWord = true;
      }
      if (ch == escape && quote != '\'') {
        if (pos + 1 == end) {
          inQuote = false;
          inWord = true;
          continue;
        }
        pos++;
        word.append(ch);
        ch = line.charAt(pos);
      }
      word.append(ch);
    }
    return words;
  }

  /** ENV and LABEL: {@code k=v ...}, or the legacy {@code k v} when the first word has no '='. */
  static Arguments nameValue(String line, Piece args, char escape, String instruction) {
    List<Piece> words = words(line, args.start(), args.end(), escape);
    if (words.isEmpty()) {
      return Arguments.of(List.of(), false);
    }
    if (words.get(0).value().indexOf('=') < 0) {
      List<Piece> parts = splitOnce(line, args.start(), args.end());
      if (parts.size() < 2) {
        return Arguments.error(instruction + " must have two arguments", args.start(), args.end());
      }
      Piece key = parts.get(0);
      return Arguments.of(List.of(key, parts.get(1), new Piece("", key.end(), key.end())), false);
    }
    List<Piece> nodes = new ArrayList<>();
    for (Piece w : words) {
      int eq = w.value().indexOf('=');
      if (eq < 0) {
        return Arguments.error(
            "Syntax error - can't find = in "
                + GoQuote.quote(w.value())
                + ". Must be of the form: name=value",
            w.start(),
            w.end());
      }
      int eqAt = w.start() + eq;
      nodes.add(new Piece(w.value().substring(0, eq), w.start(), eqAt));
      nodes.add(new Piece(w.value().substring(eq + 1), eqAt + 1, w.end()));
      nodes.add(new Piece("=", eqAt, eqAt + 1));
    }
    return Arguments.of(nodes, false);
  }

  /** Go's reWhitespace.Split(s, 2). */
  private static List<Piece> splitOnce(String line, int start, int end) {
    int i = start;
    while (i < end && !Whitespace.isSeparator(line.charAt(i))) {
      i++;
    }
    if (i == end) {
      return List.of(Piece.of(line, start, end));
    }
    int j = i;
    while (j < end && Whitespace.isSeparator(line.charAt(j))) {
      j++;
    }
    return List.of(Piece.of(line, start, i), Piece.of(line, j, end));
  }

  /** ARG: one node per word, {@code =} not split at this level. */
  static Arguments nameOrNameValue(String line, Piece args, char escape) {
    return Arguments.of(words(line, args.start(), args.end(), escape), false);
  }
}
