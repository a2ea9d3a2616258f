/**
 * The lsp4j adapter: the server, its text-document and workspace services (one-line handlers that
 * run a service on a worker with a cancel check), settings from the client, and per-document
 * debouncing of diagnostics.
 */
package dev.dfkit.ls.server;
