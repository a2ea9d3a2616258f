package dev.dfkit.lint.config;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's {@code # check=skip=A,B;error=true;experimental=C} options, from the directive at the
 * top of the file or from a comment right before an instruction (which applies to it alone).
 */
public record CheckOptions(
    boolean skipAll,
    Set<String> skip,
    boolean experimentalAll,
    Set<String> experimental,
    boolean error) {

  public static final CheckOptions NONE = new CheckOptions(false, Set.of(), false, Set.of(), false);

  public CheckOptions {
    skip = Set.copyOf(skip);
    experimental = Set.copyOf(experimental);
  }

  /**
   * Parses the value of a {@code check} directive; the text after the first space is ignored, as
   * BuildKit does.
   *
   * @throws IllegalArgumentException with BuildKit's message for a bad option
   */
  public static CheckOptions parse(String value) {
    String v = value.strip();
    int space = v.indexOf(' ');
    if (space >= 0) {
      v = v.substring(0, space);
    }
    boolean skipAll = false;
    boolean experimentalAll = false;
    boolean error = false;
    Set<String> skip = new HashSet<>();
    Set<String> experimental = new HashSet<>();
    for (String part : v.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("invalid check option \"" + part + "\"");
      }
      String key = part.substring(0, eq).strip();
      String val = part.substring(eq + 1).strip();
      switch (key) {
        case "skip" -> {
          if (val.equals("all")) {
            skipAll = true;
          } else {
            for (String r : val.split(",")) {
              skip.add(r.strip());
            }
          }
        }
        case "experimental" -> {
          if (val.equals("all")) {
            experimentalAll = true;
          } else {
            for (String r : val.split(",")) {
              experimental.add(r.strip());
            }
          }
        }
        case "error" -> {
          String b = val.toLowerCase(Locale.ROOT);
          if (!Set.of("1", "t", "true", "0", "f", "false").contains(b)) {
            throw new IllegalArgumentException(
                "failed to parse check option \"" + part + "\": invalid syntax");
          }
          error = b.equals("1") || b.equals("t") || b.equals("true");
        }
        default -> throw new IllegalArgumentException("invalid check option \"" + key + "\"");
      }
    }
    return new CheckOptions(skipAll, skip, experimentalAll, experimental, error);
  }

  /** Parses a comment's content as {@code check=...} if it is one. */
  public static Optional<CheckOptions> fromComment(String content) {
    // asked of every comment before every instruction on each lint: most are not check comments
    if (content.indexOf('=') < 0 || !mentionsCheck(content)) {
      return Optional.empty();
    }
    String c = content.strip();
    int eq = c.indexOf('=');
    if (eq < 0 || !c.substring(0, eq).strip().equalsIgnoreCase("check")) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(c.substring(eq + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean mentionsCheck(String content) {
    for (int i = content.length() - 5; i >= 0; i--) {
      if (content.regionMatches(true, i, "check", 0, 5)) {
        return true;
      }
    }
    return false;
  }

  /** Both option sets together (per-instruction options add to the file's). */
  public CheckOptions merge(CheckOptions other) {
    Set<String> s = new HashSet<>(skip);
    s.addAll(other.skip);
    Set<String> x = new HashSet<>(experimental);
    x.addAll(other.experimental);
    return new CheckOptions(
        skipAll || other.skipAll,
        s,
        experimentalAll || other.experimentalAll,
        x,
        error || other.error);
  }

  public boolean skips(String rule) {
    return skipAll || skip.contains(rule);
  }

  public boolean enablesExperimental(String rule) {
    return experimentalAll || experimental.contains(rule);
  }
}
