package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.suppress.Pragma;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Element;
import java.util.Optional;

/**
 * hadolint DL1001: reports each inline ignore pragma ({@code # hadolint ignore=...}, {@code #
 * dflint ignore=...}), for teams that want every exception in the configuration file. File-wide
 * {@code global ignore} pragmas are not inline and are left alone, as in hadolint. Off by default.
 */
@RuleInfo(
    id = "DL1001",
    name = "no-inline-ignore-pragma",
    severity = LintSeverity.INFO,
    summary = "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.",
    url = "https://github.com/hadolint/hadolint/wiki/DL1001",
    source = RuleSource.HADOLINT,
    enabledByDefault = false)
public final class DL1001 implements Rule {

  static final String MESSAGE =
      "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.";

  @Override
  public void check(LintContext context) {
    for (Element e : context.dockerfile().elements()) {
      if (e instanceof Comment c) {
        Optional<Pragma> pragma = Pragma.of(c);
        if (pragma.isPresent() && !pragma.get().global()) {
          context.report(c.range(), MESSAGE);
        }
      }
    }
  }
}
