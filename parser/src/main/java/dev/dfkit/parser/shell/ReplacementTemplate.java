package dev.dfkit.parser.shell;

/**
 * The replacement of {@code ${A//p/r}} read as a Go regexp template, as BuildKit's use of {@code
 * ReplaceAllString} does: {@code $$} is a dollar, {@code $0} / {@code ${0}} the whole match, any
 * other {@code $name} or {@code ${name}} refers to a group our patterns never have and is empty,
 * and a {@code $} that starts no reference stays as it is.
 */
final class ReplacementTemplate {
  private ReplacementTemplate() {}

  static void expand(StringBuilder out, String template, String match) {
    int n = template.length();
    int i = 0;
    while (i < n) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < n && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      int j = i;
      boolean braced = j < n && template.charAt(j) == '{';
      if (braced) {
        j++;
      }
      int nameStart = j;
      while (j < n) {
        int c = template.codePointAt(j);
        if (!CharacterClasses.isNameChar(c)) {
          break;
        }
        j += Character.charCount(c);
      }
      int nameEnd = j;
      if (nameEnd == nameStart || (braced && (j >= n || template.charAt(j) != '}'))) {
        out.append('$');
        continue;
      }
      i = braced ? j + 1 : j;
      if (groupNumber(template, nameStart, nameEnd) == 0) {
        out.append(match);
      }
    }
    out.append(template, i, n);
  }

  /** The group number a name denotes, or -1 for a group name (Go rejects leading zeros). */
  private static int groupNumber(String template, int start, int end) {
    if (end - start > 1 && template.charAt(start) == '0') {
      return -1;
    }
    int number = 0;
    for (int k = start; k < end; k++) {
      char c = template.charAt(k);
      if (c < '0' || c > '9' || number >= 100_000_000) {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
