package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;

/**
 * hadolint DL3029: a fixed {@code FROM --platform} ties the file to one platform. Values that use
 * {@code BUILDPLATFORM} or {@code TARGETPLATFORM} follow the build and are accepted.
 */
@RuleInfo(
    id = "DL3029",
    name = "no-fixed-platform",
    severity = LintSeverity.WARNING,
    summary = "Do not use --platform flag with FROM",
    url = "https://github.com/hadolint/hadolint/wiki/DL3029",
    source = RuleSource.HADOLINT)
public final class DL3029 extends InstructionRule {

  static final String MESSAGE = "Do not use --platform flag with FROM";

  @Override
  public Void visitFrom(From from, LintContext context) {
    from.fromFlags()
        .platform()
        .filter(DL3029::fixed)
        .ifPresent(flag -> context.report(flag.range(), MESSAGE));
    return null;
  }

  private static boolean fixed(Flag flag) {
    String value = flag.value() == null ? "" : flag.value();
    return !value.contains("BUILDPLATFORM") && !value.contains("TARGETPLATFORM");
  }
}
