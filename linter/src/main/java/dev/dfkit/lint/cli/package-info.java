/** The {@code dflint} command line. */
package dev.dfkit.lint.cli;
