/**
 * Shell-word expansion as BuildKit's Dockerfile frontend does it: {@code $A}, {@code ${A:-x}},
 * prefix/suffix removal and replacement, quotes, the escape token, and word splitting.
 *
 * <p>{@link dev.dfkit.parser.shell.ShellLexer} is the entry point; it is immutable and can be
 * shared between threads. Error messages are BuildKit's, word for word, so tools can show users
 * what {@code docker build} would print.
 */
package dev.dfkit.parser.shell;
