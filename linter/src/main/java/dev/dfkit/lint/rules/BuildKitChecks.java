package dev.dfkit.lint.rules;

import dev.dfkit.lint.Rule;
import java.util.List;

/**
 * BuildKit's build checks ({@code docker build --check}), by their BuildKit names, in the order of
 * BuildKit's rule set ({@code frontend/dockerfile/linter/ruleset.go}). CopyIgnoredFile is with the
 * build-context checks ({@link ContextRules}).
 */
final class BuildKitChecks {

  private BuildKitChecks() {}

  static List<Rule> all() {
    return List.of(
        new StageNameCasing(),
        new FromAsCasing(),
        new NoEmptyContinuation(),
        new ConsistentInstructionCasing(),
        new DuplicateStageName(),
        new ReservedStageName(),
        new JSONArgsRecommended(),
        new MaintainerDeprecated(),
        new UndefinedArgInFrom(),
        new WorkdirRelativePath(),
        new UndefinedVar(),
        new MultipleInstructionsDisallowed(),
        new LegacyKeyValueFormat(),
        new InvalidBaseImagePlatform(),
        new RedundantTargetPlatform(),
        new SecretsUsedInArgOrEnv(),
        new InvalidDefaultArgInFrom(),
        new FromPlatformFlagConstDisallowed(),
        new InvalidDefinitionDescription(),
        new ExposeProtoCasing(),
        new ExposeInvalidFormat());
  }
}
