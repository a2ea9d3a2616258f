package dev.dfkit.ls.services;

import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.ls.document.DockerfileDocument;
import java.util.List;
import java.util.Optional;

/** dflint's rules, as the assist services show them: ids to complete, docs to hover. */
final class LintRules {

  private static final Linter LINTER = Linter.standard();
  private static final List<RuleInfo> INFOS = LINTER.rules().stream().map(Rule::info).toList();

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

  /** The findings with default options, once per document version. */
  static LintResult lint(DockerfileDocument doc) {
    return doc.memo(KEY, () -> LINTER.lint(doc.parse(), doc.path(), LintOptions.DEFAULT));
  }
}
