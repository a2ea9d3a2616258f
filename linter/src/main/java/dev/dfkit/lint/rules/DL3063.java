package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.From;
import java.util.Set;

/**
 * hadolint DL3063: {@code scratch} and {@code context} mean something else to the build (the empty
 * image, a named build context), so they make poor stage names.
 */
@RuleInfo(
    id = "DL3063",
    name = "no-reserved-stage-name",
    severity = LintSeverity.WARNING,
    summary = "Stage name should not be a reserved word",
    url = "https://github.com/hadolint/hadolint/wiki/DL3063",
    source = RuleSource.HADOLINT,
    sameAs = "ReservedStageName")
public final class DL3063 extends InstructionRule {

  static final String MESSAGE = "stage name should not be a reserved word";

  private static final Set<String> RESERVED = Set.of("scratch", "context");

  @Override
  public Void visitFrom(From from, LintContext context) {
    if (from.stageName().map(RESERVED::contains).orElse(false)) {
      context.report(from.stageNameWord().get().range(), MESSAGE);
    }
    return null;
  }
}
