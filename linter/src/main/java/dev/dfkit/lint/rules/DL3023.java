package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import java.util.Locale;

/**
 * hadolint DL3023: a stage cannot copy from itself. The stage may be named by its name (compared
 * case-insensitively, as BuildKit does) or by its index.
 */
@RuleInfo(
    id = "DL3023",
    name = "copy-from-other-stage",
    severity = LintSeverity.ERROR,
    summary = "`COPY --from` cannot reference its own `FROM` alias",
    url = "https://github.com/hadolint/hadolint/wiki/DL3023",
    source = RuleSource.HADOLINT)
public final class DL3023 implements Rule {

  static final String MESSAGE = "`COPY --from` cannot reference its own `FROM` alias";

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Copy copy && copy.copyFlags().from().isPresent()) {
          Flag flag = copy.copyFlags().from().get();
          String from = flag.value().toLowerCase(Locale.ROOT);
          if (stage.name().map(from::equals).orElse(false)
              || from.equals(Integer.toString(stage.index()))) {
            context.report(flag.valueRange(), MESSAGE);
          }
        }
      }
    }
  }
}
