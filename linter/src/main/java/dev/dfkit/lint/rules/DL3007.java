package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Stage;

/**
 * hadolint DL3007: {@code :latest} moves. A digest next to it pins the image, so {@code
 * name:latest@sha256:...} is accepted. Variables are resolved as for DL3006.
 */
@RuleInfo(
    id = "DL3007",
    name = "no-latest-tag",
    severity = LintSeverity.WARNING,
    summary =
        "Using latest is prone to errors if the image will ever update. Pin the version explicitly"
            + " to a release tag",
    url = "https://github.com/hadolint/hadolint/wiki/DL3007",
    source = RuleSource.HADOLINT)
public final class DL3007 implements Rule {

  static final String MESSAGE =
      "Using latest is prone to errors if the image will ever update. Pin the version explicitly"
          + " to a release tag";

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.dockerfile().stages()) {
      DL3006
          .baseImage(context, stage)
          .filter(ref -> ref.tag().map("latest"::equals).orElse(false) && ref.digest().isEmpty())
          .ifPresent(ref -> DL3006.report(context, stage, MESSAGE));
    }
  }
}
