/**
 * The rules, one class per rule named by its id: BuildKit's checks by their BuildKit names ({@code
 * StageNameCasing}), hadolint's by their DL numbers ({@code DL3006}), dfkit's own ({@code
 * DockerfileSyntax}, the {@code .dockerignore} checks). Each has a documentation page in {@code
 * src/main/resources/dev/dfkit/lint/docs/<id>.md} and a test {@code <id>Test}; {@link
 * dev.dfkit.lint.rules.Rules} lists them all.
 */
package dev.dfkit.lint.rules;
