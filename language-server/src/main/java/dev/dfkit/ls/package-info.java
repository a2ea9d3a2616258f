/**
 * dfls, the Dockerfile language server: an lsp4j adapter ({@code dev.dfkit.ls.server}) over pure
 * language services ({@code dev.dfkit.ls.services}, one class per feature), all reading one parsed
 * {@link dev.dfkit.ls.document.DockerfileDocument} per document version.
 */
package dev.dfkit.ls;
