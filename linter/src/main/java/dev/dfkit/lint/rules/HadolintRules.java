package dev.dfkit.lint.rules;

import dev.dfkit.lint.Rule;
import java.util.List;

/** hadolint's rules, by their DL numbers. */
final class HadolintRules {

  private HadolintRules() {}

  static List<Rule> all() {
    return List.of(new DL3000());
  }
}
