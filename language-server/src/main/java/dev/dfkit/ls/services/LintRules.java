package dev.dfkit.ls.services;

import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.ShellCheck;
import dev.dfkit.ls.document.DockerfileDocument;
import java.util.List;
import java.util.Optional;

/** dflint's rules, as the assist services show them: ids to complete, docs to hover. */
final class LintRules {

  private static final List<Rule> RULES = Linter.standard().rules();
  private static final List<RuleInfo> INFOS = RULES.stream().map(Rule::info).toList();

  /**
   * Hover's linter: every rule but ShellCheck, which runs an external process per script (seconds
   * on a large file); its findings reach the user as diagnostics.
   */
  private static final Linter HOVER_LINTER =
      new Linter(RULES.stream().filter(r -> !(r instanceof ShellCheck)).toList());

  private record Key() {}

  private static final Key KEY = new Key();

  private LintRules() {}

  static List<RuleInfo> all() {
    return INFOS;
  }

  /** The rules BuildKit knows, which {@code # check=skip=} names. */
  static List<RuleInfo> buildKit() {
    return INFOS.stream().filter(i -> i.source() == RuleSource.BUILDKIT).toList();
  }

  static Optional<RuleInfo> find(String id) {
    return INFOS.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The findings with default options (ShellCheck's aside), once per document version. */
  static LintResult lint(DockerfileDocument doc) {
    return doc.memo(KEY, () -> HOVER_LINTER.lint(doc.parse(), doc.path(), LintOptions.DEFAULT));
  }
}
