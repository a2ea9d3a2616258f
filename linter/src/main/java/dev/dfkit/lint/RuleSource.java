package dev.dfkit.lint;

/** Where a rule comes from, which decides its docs link and its id style. */
public enum RuleSource {
  /** BuildKit's build checks ({@code docker build --check}); ids like {@code StageNameCasing}. */
  BUILDKIT,
  /** hadolint's rules; ids like {@code DL3006}, kept so users can migrate. */
  HADOLINT,
  /** dfkit's own rules (for example the .dockerignore checks). */
  DFLINT,
  /** ShellCheck findings passed through ({@code SC2086}). */
  SHELLCHECK
}
