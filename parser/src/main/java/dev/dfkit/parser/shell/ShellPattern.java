package dev.dfkit.parser.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shell wildcard pattern from {@code ${A#p}}, {@code ${A%p}} or {@code ${A/p/r}}, translated to a
 * regular expression the way BuildKit does: {@code *} any run, {@code ?} one character, {@code \}
 * escapes {@code * ? \} and is dropped before {@code } /}; no bracket expressions.
 */
final class ShellPattern {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * Character reads one match may make before we give up. BuildKit's regex engine is linear; a
   * backtracking one is not, and a pattern like {@code *a*a*a*a*b} must not hang an editor.
   */
  private static final long MATCH_STEPS = 50_000_000L;

  private final String source;
  private final Pattern regex;

  private ShellPattern(String source, Pattern regex) {
    this.source = source;
    this.regex = regex;
  }

  /**
   * Translates {@code glob}.
   *
   * @param greedy whether {@code *} takes the longest run ({@code ##}, {@code %%}, {@code /})
   * @param anchored whether the match must start at the beginning of the value
   * @throws ExpansionFailure with BuildKit's "invalid pattern" message (offset unknown)
   */
  static ShellPattern compile(String glob, boolean greedy, boolean anchored)
      throws ExpansionFailure {
    return new ShellPattern(
        glob, Pattern.compile(toRegex(glob, greedy, anchored), Pattern.UNIX_LINES));
  }

  /** {@code ${A#p}} and {@code ${A##p}}: the value without its matching prefix. */
  static String removePrefix(String glob, String value, boolean greedy) throws ExpansionFailure {
    ShellPattern pattern = compile(glob, greedy, true);
    Matcher m = pattern.matcher(value);
    return pattern.find(m, 0) ? value.substring(m.end()) : value;
  }

  /**
   * {@code ${A%p}} and {@code ${A%%p}}. A regex finds the leftmost match, not the shortest
   * rightmost one, so reverse both pattern and value and remove a prefix instead.
   */
  static String removeSuffix(String glob, String value, boolean greedy) throws ExpansionFailure {
    String reversed = removePrefix(reverseGlob(glob), reverse(value), greedy);
    return reverse(reversed);
  }

  /** {@code ${A/p/r}}: the first match replaced by {@code replacement}, taken literally. */
  String replaceFirst(String value, String replacement) throws ExpansionFailure {
    Matcher m = matcher(value);
    if (!find(m, 0)) {
      return value;
    }
    return value.substring(0, m.start()) + replacement + value.substring(m.end());
  }

  /**
   * {@code ${A//p/r}}: every match replaced. BuildKit uses Go's {@code ReplaceAllString} here, so
   * an empty match right after a match is skipped and {@code $0}, {@code $$} and {@code $name} in
   * the replacement are template references ({@link ReplacementTemplate}).
   */
  String replaceAll(String value, String replacement) throws ExpansionFailure {
    Matcher m = matcher(value);
    StringBuilder out = new StringBuilder(value.length() + 16);
    int end = value.length();
    int lastMatchEnd = 0;
    int search = 0;
    while (search <= end && find(m, search)) {
      int start = m.start();
      int stop = m.end();
      out.append(value, lastMatchEnd, start);
      if (stop > lastMatchEnd || start == 0) {
        ReplacementTemplate.expand(out, replacement, value.substring(start, stop));
      }
      lastMatchEnd = stop;
      // Always move on by at least one character.
      int width = search < end ? Character.charCount(value.codePointAt(search)) : 0;
      if (search + width > stop) {
        search += width;
      } else if (search + 1 > stop) {
        search++;
      } else {
        search = stop;
      }
    }
    out.append(value, lastMatchEnd, end);
    return out.toString();
  }

  private Matcher matcher(String value) {
    return regex.matcher(new BudgetedText(value, MATCH_STEPS));
  }

  private boolean find(Matcher m, int from) throws ExpansionFailure {
    try {
      return m.find(from);
    } catch (BudgetedText.Exhausted e) {
      throw new ExpansionFailure(
          "pattern (" + source + ") in substitution is too expensive to match", -1);
    }
  }

  static String toRegex(String glob, boolean greedy, boolean anchored) throws ExpansionFailure {
    StringBuilder out = new StringBuilder(glob.length() + 4);
    if (anchored) {
      out.append('^');
    }
    String anyRun = greedy ? ".*" : ".*?";
    int n = glob.length();
    // Go's text/scanner, which BuildKit reads the pattern with, skips a leading byte order mark.
    int i = n > 0 && glob.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    while (i < n) {
      int c = glob.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '*':
          out.append(anyRun);
          break;
        case '?':
          out.append('.');
          break;
        case '\\':
          int escaped = i < n ? glob.codePointAt(i) : CharacterClasses.EOF;
          if (escaped == '}' || escaped == '/') {
            // Escaped only to get past the ${...} syntax; the next round takes it literally.
            break;
          }
          if (escaped != '*' && escaped != '?' && escaped != '\\') {
            throw new ExpansionFailure(
                "invalid pattern ("
                    + glob
                    + ") in substitution: invalid escape '\\"
                    + CharacterClasses.text(escaped)
                    + "'",
                -1);
          }
          i += Character.charCount(escaped);
          out.append('\\').appendCodePoint(escaped);
          break;
        case '[':
        case ']':
        case '{':
        case '}':
        case '.':
        case '+':
        case '(':
        case ')':
        case '|':
        case '^':
        case '$':
          out.append('\\').appendCodePoint(c);
          break;
        default:
          out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /**
   * Reverses a pattern keeping each {@code \x} escape pair in order: {@code a\*c} → {@code c\*a}.
   */
  static String reverseGlob(String glob) {
    int[] in = glob.codePoints().toArray();
    int[] out = new int[in.length];
    int last = in.length - 1;
    for (int i = 0; i <= last; ) {
      int target = last - i;
      if (in[i] == '\\' && i != last) {
        out[target - 1] = in[i];
        out[target] = in[i + 1];
        i += 2;
      } else {
        out[target] = in[i];
        i++;
      }
    }
    return new String(out, 0, out.length);
  }

  /** Reverses by code points. */
  static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }
}
