/** The {@code dffmt} command line: a thin picocli shell over {@link dev.dfkit.format.Formatter}. */
package dev.dfkit.format.cli;
