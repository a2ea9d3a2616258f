/**
 * The pure language services: one class per feature, each taking an open document (parsed once per
 * version), a position or range, settings and a cancel check, and returning lsp4j data types. No
 * client, no transport: the adapter in {@code dev.dfkit.ls.server} calls them off the reader
 * thread.
 */
package dev.dfkit.ls.services;
