/**
 * BuildKit's instruction-level syntax on the logical line: splitting off the keyword and flags, the
 * per-instruction argument rules (JSON exec form with its fallback, whitespace lists, key=value
 * words), and heredoc words. Every piece keeps its offsets in the logical line so the AST builder
 * can give it an exact source range. Used by the parser; not a public API.
 */
package dev.dfkit.parser.syntax;
