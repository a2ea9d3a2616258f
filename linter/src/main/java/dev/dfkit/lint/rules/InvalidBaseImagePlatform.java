package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.dump.GoQuote;

/**
 * BuildKit's InvalidBaseImagePlatform: the base image BuildKit pulled is for another platform than
 * the stage asked for (an image that exists for one platform only). BuildKit learns the image's
 * platform from its configuration in the registry; dflint reads no registry, and neither the image
 * name, its tag nor a digest says which platform a manifest is for. So offline this check never
 * fires: the rule is listed so that its id is known (in {@code # check=skip=...}, in configuration)
 * and documented, and a linter that is given image metadata can report it.
 *
 * <p>BuildKit's rule has no documentation page; the URL is the index of BuildKit's checks.
 */
@RuleInfo(
    id = "InvalidBaseImagePlatform",
    name = "invalid-base-image-platform",
    severity = LintSeverity.WARNING,
    summary = "Base image platform does not match expected target platform",
    url = "https://docs.docker.com/reference/build-checks/",
    source = RuleSource.BUILDKIT)
public final class InvalidBaseImagePlatform implements Rule {

  /** BuildKit's message, for a platform mismatch found with image metadata. */
  static String message(String image, String expected, String actual) {
    return "Base image "
        + image
        + " was pulled with platform "
        + GoQuote.quote(actual)
        + ", expected "
        + GoQuote.quote(expected)
        + " for current build";
  }

  @Override
  public void check(LintContext context) {
    // Without the pulled image's configuration there is nothing to compare the platform with.
  }
}
