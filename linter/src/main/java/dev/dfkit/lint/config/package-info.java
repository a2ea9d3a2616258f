/**
 * Configuration: {@code .dflint.yaml} (or hadolint's {@code .hadolint.yaml}), found by walking up
 * from the linted file, and BuildKit's {@code # check=} options.
 */
package dev.dfkit.lint.config;
