/**
 * Open documents: each version's text, parsed once and shared by every request, with LSP position
 * conversions and per-version memoized analyses.
 */
package dev.dfkit.ls.document;
