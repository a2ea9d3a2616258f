package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Word;
import java.util.Optional;

/**
 * hadolint DL3021: COPY with several sources copies them into a directory, which the destination
 * must say with a trailing {@code /} (or, for a Windows image, {@code \\}: the builder takes the
 * platform's separator, and docker-library's Windows images build that way). A destination written
 * with variables is checked when its value is known.
 */
@RuleInfo(
    id = "DL3021",
    name = "copy-many-to-directory",
    severity = LintSeverity.ERROR,
    summary = "COPY with more than 2 arguments requires the last argument to end with /",
    url = "https://github.com/hadolint/hadolint/wiki/DL3021",
    source = RuleSource.HADOLINT)
public final class DL3021 extends InstructionRule {

  static final String MESSAGE =
      "COPY with more than 2 arguments requires the last argument to end with /";

  @Override
  public Void visitCopy(Copy copy, LintContext context) {
    if (copy.sources().size() < 2) {
      return null;
    }
    Word dest = copy.destination();
    Optional<String> value = WordValues.known(context, copy, dest);
    if (value.isPresent() && !value.get().endsWith("/") && !value.get().endsWith("\\")) {
      context.report(dest.range(), MESSAGE);
    }
    return null;
  }
}
