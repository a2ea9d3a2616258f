/** Inline suppression: {@code # dflint ignore=...} and hadolint's {@code # hadolint ignore=...}. */
package dev.dfkit.lint.suppress;
