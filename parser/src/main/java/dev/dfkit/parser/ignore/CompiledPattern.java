package dev.dfkit.parser.ignore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid pattern ready for matching. Paths given to it are already cleaned and relative ({@link
 * CleanPath#relative}). "Matches" means what patternmatcher's {@code MatchesOrParentMatches} asks
 * of one pattern: the path itself or one of its parent directories matches.
 *
 * <p>Only {@link MatchKind#REGEX} patterns run a regex, and they run it on as few candidates as
 * possible: every match starts with the pattern's literal lead, and a pattern without {@code **},
 * {@code [}, {@code \}, {@code |} or {@code {} matches only paths with exactly as many slashes as
 * it has, so only one candidate (the path or one parent) needs the regex.
 */
final class CompiledPattern {

  private final IgnorePattern source;
  private final MatchKind kind;

  /** The literal text for EXACT / PREFIX / SUFFIX, the literal lead for REGEX. */
  private final String literal;

  private final Pattern regex;

  /** For REGEX: the slash count of every possible match, or -1 when it varies. */
  private final int fixedSlashes;

  /** A raw "|" (see {@link GlobTranslation}) lets a match start anywhere, not just at 0. */
  private final boolean alternation;

  CompiledPattern(IgnorePattern source, GlobTranslation translation, Pattern regex) {
    this.source = source;
    this.kind = translation.kind();
    this.regex = regex;
    String pattern = source.pattern();
    switch (kind) {
      case EXACT -> literal = pattern;
      case PREFIX -> literal = pattern.substring(0, pattern.length() - 2);
      case SUFFIX -> literal = pattern.substring(2);
      default -> literal = literalLead(pattern);
    }
    boolean varies = pattern.contains("**") || containsAny(pattern, "[\\|{");
    this.fixedSlashes = kind == MatchKind.REGEX && !varies ? count(pattern, '/') : -1;
    this.alternation = pattern.indexOf('|') >= 0;
  }

  IgnorePattern source() {
    return source;
  }

  boolean exclusion() {
    return source.exclusion();
  }

  /** Whether the pattern matches {@code path} or one of its parent directories. */
  boolean matchesSelfOrParent(String path) {
    return switch (kind) {
      case EXACT -> path.equals(literal) || isParent(literal, path);
      // A parent is a prefix of the path, so it can only start with the literal if the path does.
      case PREFIX -> path.startsWith(literal);
      case SUFFIX -> suffixMatches(path);
      case REGEX -> regexMatches(path);
    };
  }

  /**
   * Whether the pattern could match {@code dir}, one of its parents or anything below it; a cheap
   * over-approximation used to decide whether an excluded directory must still be walked.
   */
  boolean mayMatchAtOrBelow(String dir) {
    String dirSlash = dir + "/";
    if (kind == MatchKind.EXACT) {
      return literal.startsWith(dirSlash) || dirSlash.startsWith(literal + "/");
    }
    // Every match starts with the literal lead (empty for SUFFIX).
    String lead = kind == MatchKind.SUFFIX ? "" : literal;
    return lead.startsWith(dirSlash) || dirSlash.startsWith(lead);
  }

  private boolean suffixMatches(String path) {
    // patternmatcher: path ends with the suffix, or "**/foo" matches "foo" exactly.
    if (endsWithSuffixAt(path, path.length())) {
      return true;
    }
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (endsWithSuffixAt(path, slash)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path[0, end)} matches as a suffix pattern. */
  private boolean endsWithSuffixAt(String path, int end) {
    int n = literal.length();
    if (end >= n && path.regionMatches(end - n, literal, 0, n)) {
      return true;
    }
    return n > 0
        && literal.charAt(0) == '/'
        && end == n - 1
        && path.regionMatches(0, literal, 1, n - 1);
  }

  private boolean regexMatches(String path) {
    if (!path.startsWith(literal)) {
      return false;
    }
    Matcher matcher = regex.matcher(path);
    if (fixedSlashes >= 0) {
      // Only the path or the one parent with exactly that many slashes can match.
      int end = endAfterSlashes(path, fixedSlashes);
      return end >= literal.length() && matches(matcher, end);
    }
    if (matches(matcher, path.length())) {
      return true;
    }
    for (int slash = path.indexOf('/', literal.length());
        slash >= 0;
        slash = path.indexOf('/', slash + 1)) {
      if (matches(matcher, slash)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Go's {@code MatchString} searches {@code path[0, end)}. The expression starts with {@code ^},
   * so without an alternation a match can only start at 0 and {@code lookingAt} is enough.
   */
  private boolean matches(Matcher matcher, int end) {
    matcher.region(0, end);
    return alternation ? matcher.find() : matcher.lookingAt();
  }

  /** The end of the prefix of {@code path} holding exactly {@code slashes} slashes, or -1. */
  private static int endAfterSlashes(String path, int slashes) {
    int at = -1;
    for (int i = 0; i <= slashes; i++) {
      at = path.indexOf('/', at + 1);
      if (at < 0) {
        return i == slashes ? path.length() : -1;
      }
    }
    return at;
  }

  /** Whether {@code parent} is a proper parent directory of {@code path}. */
  private static boolean isParent(String parent, String path) {
    return path.length() > parent.length()
        && path.charAt(parent.length()) == '/'
        && path.startsWith(parent);
  }

  /** Literal pattern text every match starts with: the text before the first special character. */
  private static String literalLead(String pattern) {
    if (pattern.indexOf('|') >= 0) {
      return "";
    }
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        // "ab{0}" matches "a": the repeat applies to the character before it.
        return i == 0 ? "" : pattern.substring(0, pattern.offsetByCodePoints(i, -1));
      }
      if ("*?[]\\^".indexOf(c) >= 0) {
        return pattern.substring(0, i);
      }
    }
    return pattern;
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
