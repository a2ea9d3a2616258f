package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.source.SourceRange;
import dev.dfkit.parser.source.TextEdit;

/**
 * hadolint DL3065: a stage is built for the target platform unless FROM says otherwise, so {@code
 * --platform=$TARGETPLATFORM} changes nothing. The fix removes the flag.
 */
@RuleInfo(
    id = "DL3065",
    name = "redundant-target-platform",
    severity = LintSeverity.WARNING,
    summary =
        "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the"
            + " default behavior",
    url = "https://github.com/hadolint/hadolint/wiki/DL3065",
    source = RuleSource.HADOLINT,
    sameAs = "RedundantTargetPlatform",
    fixable = true)
public final class DL3065 extends InstructionRule {

  static final String MESSAGE =
      "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the"
          + " default behavior";

  @Override
  public Void visitFrom(From from, LintContext context) {
    if (from.fromFlags().platform().isEmpty()) {
      return null;
    }
    Flag flag = from.fromFlags().platform().get();
    String value = flag.value() == null ? "" : flag.value();
    if (value.equals("$TARGETPLATFORM") || value.equals("${TARGETPLATFORM}")) {
      SourceRange removed = new SourceRange(flag.range().start(), from.image().range().start());
      context.report(
          flag.range(), MESSAGE, Fix.of("remove the --platform flag", TextEdit.delete(removed)));
    }
    return null;
  }
}
