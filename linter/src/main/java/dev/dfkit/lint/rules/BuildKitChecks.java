package dev.dfkit.lint.rules;

import dev.dfkit.lint.Rule;
import java.util.List;

/** BuildKit's build checks ({@code docker build --check}), by their BuildKit names. */
final class BuildKitChecks {

  private BuildKitChecks() {}

  static List<Rule> all() {
    return List.of(new StageNameCasing());
  }
}
