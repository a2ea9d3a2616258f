package dev.dfkit.parser.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds variable references the way {@link Expander} would reach them, without expanding and
 * without failing. It keeps its open {@code ${...}} and {@code "..."} contexts on a stack rather
 * than recursing, so no input can exhaust the thread's stack.
 */
final class ReferenceScanner {
  private static final int NO_STOP = CharacterClasses.EOF;

  /** An open context: unquoted text up to a stop character, or a double-quoted string. */
  private static final class Frame {
    final boolean doubleQuoted;
    int stop;
    final VariableReference pending;

    Frame(boolean doubleQuoted, int stop, VariableReference pending) {
      this.doubleQuoted = doubleQuoted;
      this.stop = stop;
      this.pending = pending;
    }
  }

  private final String text;
  private final int escape;
  private final boolean quotes;
  private final List<VariableReference> found = new ArrayList<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int pos;

  private ReferenceScanner(String text, char escape, boolean quotes) {
    this.text = text;
    this.escape = escape;
    this.quotes = quotes;
  }

  static List<VariableReference> scan(String word, char escape, boolean quotes) {
    if (word == null || word.indexOf('$') < 0) {
      return List.of();
    }
    return new ReferenceScanner(word, escape, quotes).run();
  }

  private List<VariableReference> run() {
    int n = text.length();
    frames.push(new Frame(false, NO_STOP, null));
    while (pos < n) {
      Frame frame = frames.peek();
      int c = text.codePointAt(pos);
      if (frame.doubleQuoted) {
        insideDoubleQuotes(c);
      } else if (frame.stop != NO_STOP && c == frame.stop) {
        pos++;
        if (c == '/') {
          frame.stop = '}'; // the pattern of ${A/p/r} is done; the replacement follows
        } else {
          frames.pop();
          report(frame.pending, pos);
        }
      } else if (c == '$') {
        dollar();
      } else if (quotes && c == '\'') {
        int close = text.indexOf('\'', pos + 1);
        pos = close < 0 ? n : close + 1;
      } else if (quotes && c == '"') {
        pos++;
        frames.push(new Frame(true, '"', null));
      } else {
        pos += Character.charCount(c);
        if (c == escape && pos < n) {
          pos += Character.charCount(text.codePointAt(pos));
        }
      }
    }
    // Whatever is still open ends with the word.
    for (Frame frame : frames) {
      report(frame.pending, n);
    }
    found.sort(Comparator.comparingInt(VariableReference::start));
    return List.copyOf(found);
  }

  private void insideDoubleQuotes(int c) {
    if (c == '"') {
      pos++;
      frames.pop();
      return;
    }
    if (c == '$') {
      dollar();
      return;
    }
    pos += Character.charCount(c);
    if (c == escape && pos < text.length()) {
      int next = text.codePointAt(pos);
      if (next == '"' || next == '$' || next == escape) {
        pos += Character.charCount(next);
      }
    }
  }

  /** With {@code pos} on a {@code $}. */
  private void dollar() {
    int n = text.length();
    int start = pos++;
    if (pos >= n || text.charAt(pos) != '{') {
      int nameEnd = CharacterClasses.nameEnd(text, pos);
      if (nameEnd > pos) {
        found.add(reference(start, nameEnd, null, pos, nameEnd));
      }
      pos = nameEnd;
      return;
    }
    pos++;
    if (pos >= n) {
      return;
    }
    char first = text.charAt(pos);
    if (first == '{' || first == '}' || first == ':') {
      return; // a bad substitution; keep looking after "${"
    }
    int nameStart = pos;
    int nameEnd = CharacterClasses.nameEnd(text, pos);
    pos = nameEnd;
    if (pos >= n) {
      found.add(reference(start, n, null, nameStart, nameEnd));
      return;
    }
    int op = text.charAt(pos);
    String operator;
    int stop = '}';
    switch (op) {
      case '}':
        pos++;
        found.add(reference(start, pos, null, nameStart, nameEnd));
        return;
      case ':':
        if (pos + 1 >= n) {
          pos = n;
          found.add(reference(start, n, null, nameStart, nameEnd));
          return;
        }
        char next = text.charAt(pos + 1);
        if (next != '-' && next != '+' && next != '?') {
          pos++;
          return; // unsupported modifier
        }
        operator = ":" + next;
        pos += 2;
        break;
      case '-':
      case '+':
      case '?':
        operator = String.valueOf((char) op);
        pos++;
        break;
      case '#':
      case '%':
      case '/':
        pos++;
        boolean doubled = pos < n && text.charAt(pos) == op;
        if (doubled) {
          pos++;
        }
        operator = doubled ? "" + (char) op + (char) op : String.valueOf((char) op);
        if (op == '/') {
          stop = '/';
        }
        break;
      default:
        return; // unsupported modifier; keep looking from it
    }
    VariableReference pending =
        nameEnd > nameStart ? reference(start, -1, operator, nameStart, nameEnd) : null;
    frames.push(new Frame(false, stop, pending));
  }

  private VariableReference reference(
      int start, int end, String operator, int nameStart, int nameEnd) {
    return new VariableReference(
        text.substring(nameStart, nameEnd), start, end, operator, nameStart, nameEnd);
  }

  private void report(VariableReference pending, int end) {
    if (pending != null) {
      found.add(
          new VariableReference(
              pending.name(),
              pending.start(),
              end,
              pending.operator(),
              pending.nameStart(),
              pending.nameEnd()));
    }
  }
}
