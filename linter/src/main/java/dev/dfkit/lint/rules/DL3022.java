package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Word;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * hadolint DL3022: {@code COPY --from} names a stage defined above (by name or index) or an image
 * with a tag or digest; anything else is likely a misspelt stage that the build would pull as an
 * image. Stage names compare case-insensitively, as in BuildKit; a value written with variables is
 * checked when its value is known.
 */
@RuleInfo(
    id = "DL3022",
    name = "copy-from-known-stage",
    severity = LintSeverity.WARNING,
    summary = "`COPY --from` should reference a previously defined `FROM` alias",
    url = "https://github.com/hadolint/hadolint/wiki/DL3022",
    source = RuleSource.HADOLINT)
public final class DL3022 implements Rule {

  static final String MESSAGE = "`COPY --from` should reference a previously defined `FROM` alias";

  @Override
  public void check(LintContext context) {
    Set<String> names = new HashSet<>();
    int stages = 0;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From from) {
        stages++;
        from.stageName().ifPresent(names::add);
      } else if (i instanceof Copy copy && copy.copyFlags().from().isPresent()) {
        Flag flag = copy.copyFlags().from().get();
        Optional<String> value =
            WordValues.known(context, copy, new Word(flag.value(), flag.valueRange()));
        if (value.isPresent() && !known(value.get(), names, stages)) {
          context.report(flag.valueRange(), MESSAGE + " (" + value.get() + ")");
        }
      }
    }
  }

  private static boolean known(String from, Set<String> names, int stages) {
    if (from.contains(":") || names.contains(from.toLowerCase(Locale.ROOT))) {
      return true;
    }
    OptionalInt index = StageChain.index(from);
    return index.isPresent() && index.getAsInt() < stages;
  }
}
