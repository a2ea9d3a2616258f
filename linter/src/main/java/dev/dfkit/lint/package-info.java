/**
 * dflint: the linter. {@link dev.dfkit.lint.Linter} runs {@link dev.dfkit.lint.Rule}s (one class
 * per rule, named by its id, metadata in {@link dev.dfkit.lint.RuleInfo}) over a parsed Dockerfile
 * and its build context, then applies configuration, {@code # check=} directives and ignore
 * pragmas. Rules only read the shared dfkit tree; they never re-parse text.
 */
package dev.dfkit.lint;
