/**
 * What every dfkit command line shares: the exit-code contract, the version, reading inputs and
 * printing diagnostics. Lives in the parser module so no extra module is needed; picocli is an
 * optional dependency of it.
 */
package dev.dfkit.cli;
