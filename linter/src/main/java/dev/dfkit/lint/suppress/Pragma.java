package dev.dfkit.lint.suppress;

import dev.dfkit.parser.ast.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ignore pragma: {@code # dflint ignore=A,B}, {@code # dflint global ignore=A} or hadolint's
 * {@code # hadolint ignore=...} / {@code # hadolint global ignore=...}, as written.
 *
 * @param tool {@code dflint} or {@code hadolint}
 * @param global true for {@code global ignore}: the whole file
 * @param rules the rule ids listed
 */
public record Pragma(Comment comment, String tool, boolean global, List<String> rules) {

  private static final Pattern PRAGMA =
      Pattern.compile("(?i)#\\s*(dflint|hadolint)\\s+(global\\s+)?ignore\\s*=\\s*(.*?)\\s*");

  public Pragma {
    rules = List.copyOf(rules);
  }

  /** The pragma a comment holds, if it is one. */
  public static Optional<Pragma> of(Comment comment) {
    Matcher m = PRAGMA.matcher(comment.text());
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> rules = new ArrayList<>();
    for (String r : m.group(3).split("[,\\s]+")) {
      if (!r.isBlank()) {
        rules.add(r.strip());
      }
    }
    return Optional.of(
        new Pragma(comment, m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null, rules));
  }
}
