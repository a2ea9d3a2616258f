package dev.dfkit.parser.ignore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The items of one Go character class, collected so they can be written as a flat java.util.regex
 * class. Go's named classes are ASCII-only, so they become explicit ranges; nested Java classes
 * (whose negation rules differ) are never written.
 */
final class CharClass {

  static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

  /** Go's Perl classes ({@code \d \s \w}); upper case is the complement. */
  private static final Map<Character, int[]> PERL =
      Map.of(
          'd', new int[] {'0', '9'},
          's', new int[] {'\t', '\n', '\f', '\r', ' ', ' '},
          'w', new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'});

  /** Go's POSIX classes ({@code [:alpha:]}); {@code [:^alpha:]} is the complement. */
  private static final Map<String, int[]> POSIX =
      Map.ofEntries(
          Map.entry("alnum", new int[] {'0', '9', 'A', 'Z', 'a', 'z'}),
          Map.entry("alpha", new int[] {'A', 'Z', 'a', 'z'}),
          Map.entry("ascii", new int[] {0, 0x7F}),
          Map.entry("blank", new int[] {'\t', '\t', ' ', ' '}),
          Map.entry("cntrl", new int[] {0, 0x1F, 0x7F, 0x7F}),
          Map.entry("digit", new int[] {'0', '9'}),
          Map.entry("graph", new int[] {'!', '~'}),
          Map.entry("lower", new int[] {'a', 'z'}),
          Map.entry("print", new int[] {' ', '~'}),
          Map.entry("punct", new int[] {'!', '/', ':', '@', '[', '`', '{', '~'}),
          Map.entry("space", new int[] {'\t', '\r', ' ', ' '}),
          Map.entry("upper", new int[] {'A', 'Z'}),
          Map.entry("word", new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}),
          Map.entry("xdigit", new int[] {'0', '9', 'A', 'F', 'a', 'f'}));

  /** The Unicode general categories Go knows ({@code unicode.Categories}); Java uses the same. */
  private static final Set<String> CATEGORIES =
      Set.of(
          "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
          "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk",
          "Sm", "So", "Z", "Zl", "Zp", "Zs");

  private final List<int[]> ranges = new ArrayList<>();
  private final List<String> properties = new ArrayList<>();

  /** Whether {@code \x} followed by {@code letter} is one of Go's Perl classes. */
  static boolean isPerlClass(char letter) {
    return PERL.containsKey(Character.toLowerCase(letter));
  }

  void addRange(int lo, int hi) {
    ranges.add(new int[] {lo, hi});
  }

  void addPerl(char letter) {
    addTable(PERL.get(Character.toLowerCase(letter)), Character.isUpperCase(letter));
  }

  /** Adds {@code [:name:]} or {@code [:^name:]}; false when Go does not know the name. */
  boolean addPosix(String name) {
    boolean negated = name.startsWith("^");
    int[] table = POSIX.get(negated ? name.substring(1) : name);
    if (table == null) {
      return false;
    }
    addTable(table, negated);
    return true;
  }

  /**
   * Adds {@code \pX}, {@code \p{Name}} or their negations; false when Go does not know the name.
   */
  boolean addUnicode(String name, boolean negated) {
    if (name.equals("Any")) {
      if (!negated) {
        addRange(0, MAX_CODE_POINT);
      }
      return true;
    }
    String property;
    if (CATEGORIES.contains(name)) {
      property = name;
    } else if (isScript(name)) {
      property = "Is" + name;
    } else {
      return false;
    }
    properties.add((negated ? "\\P{" : "\\p{") + property + "}");
    return true;
  }

  /**
   * Whether Go knows the script name ({@code unicode.Scripts}, e.g. {@code Greek}). Approximated
   * with Java's script list, which ignores case and may follow a different Unicode version.
   */
  private static boolean isScript(String name) {
    if (name.isEmpty() || !name.chars().allMatch(c -> c == '_' || Character.isLetter(c))) {
      return false;
    }
    try {
      return Character.UnicodeScript.valueOf(name.toUpperCase(Locale.ROOT))
          != Character.UnicodeScript.UNKNOWN;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void addTable(int[] table, boolean negated) {
    if (!negated) {
      for (int i = 0; i < table.length; i += 2) {
        addRange(table[i], table[i + 1]);
      }
      return;
    }
    int next = 0;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] > next) {
        addRange(next, table[i] - 1);
      }
      next = table[i + 1] + 1;
    }
    addRange(next, MAX_CODE_POINT);
  }

  /** The class in java.util.regex syntax, as one atom. */
  String toJava(boolean negated) {
    if (ranges.isEmpty() && properties.isEmpty()) {
      // Java has no empty class: "matches nothing" or "matches any character".
      return negated ? "[\\x{0}-\\x{10ffff}]" : "(?!)";
    }
    StringBuilder out = new StringBuilder("[");
    if (negated) {
      out.append('^');
    }
    for (int[] range : ranges) {
      appendLiteral(out, range[0]);
      if (range[1] != range[0]) {
        out.append('-');
        appendLiteral(out, range[1]);
      }
    }
    properties.forEach(out::append);
    return out.append(']').toString();
  }

  /** A code point that means itself both inside and outside a java.util.regex class. */
  static void appendLiteral(StringBuilder out, int codePoint) {
    if (codePoint < 128 && Character.isLetterOrDigit(codePoint)) {
      out.append((char) codePoint);
    } else {
      out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
    }
  }
}
