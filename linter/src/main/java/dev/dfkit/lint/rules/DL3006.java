package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.StageBase;
import java.util.Optional;

/**
 * hadolint DL3006: a FROM image without a tag (or digest) gets whatever {@code latest} is today.
 * {@code FROM ${BASE}} is resolved through the global ARG default; an ARG without a default is not
 * reported. {@code scratch} and earlier stages need no tag.
 */
@RuleInfo(
    id = "DL3006",
    name = "tag-base-image",
    severity = LintSeverity.WARNING,
    summary = "Always tag the version of an image explicitly",
    url = "https://github.com/hadolint/hadolint/wiki/DL3006",
    source = RuleSource.HADOLINT)
public final class DL3006 implements Rule {

  static final String MESSAGE = "Always tag the version of an image explicitly";

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.dockerfile().stages()) {
      baseImage(context, stage)
          .filter(ref -> ref.tag().isEmpty() && ref.digest().isEmpty())
          .ifPresent(ref -> report(context, stage, MESSAGE));
    }
  }

  /**
   * The image a stage starts from, when it is an image (not scratch, not an earlier stage) and its
   * name is known.
   */
  static Optional<ImageReference> baseImage(LintContext context, Stage stage) {
    StageBase base = context.variables().base(stage);
    if (base.isScratch() || StageChain.parent(context, stage).isPresent()) {
      return Optional.empty();
    }
    return WordValues.known(base.image()).filter(v -> !v.isBlank()).map(ImageReference::split);
  }

  /** Reports at the image word, saying what it resolved to when it uses variables. */
  static void report(LintContext context, Stage stage, String message) {
    Word image = stage.from().image();
    String detail = "";
    if (WordValues.hasVariables(context, image)) {
      detail = " (image: " + context.variables().base(stage).image().value().orElse("") + ")";
    }
    context.report(image.range(), message + detail);
  }
}
