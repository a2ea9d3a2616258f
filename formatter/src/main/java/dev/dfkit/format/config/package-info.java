/**
 * Where dffmt's options come from besides the command line: {@code .editorconfig} ({@code
 * indent_size}, {@code max_line_length}, {@code end_of_line}) and the {@code format:} section of
 * {@code .dflint.yaml}; the command line wins over {@code .dflint.yaml}, which wins over {@code
 * .editorconfig}.
 */
package dev.dfkit.format.config;
