package dev.dfkit.ls.server;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings changes and file changes outside the open documents. */
final class DflsWorkspaceService implements WorkspaceService {

  private final DflsServer server;

  DflsWorkspaceService(DflsServer server) {
    this.server = server;
  }

  /**
   * Clients that answer {@code workspace/configuration} are asked again (the notification's payload
   * is often empty); others send the settings in it.
   */
  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    var ws = server.capabilities().getWorkspace();
    if (ws != null && Boolean.TRUE.equals(ws.getConfiguration())) {
      server.fetchConfiguration();
    } else if (params.getSettings() != null) {
      server.updateSettings(params.getSettings());
    }
  }

  /**
   * A changed file may be a COPY source, an ignore file or a configuration of some open Dockerfile:
   * they are linted again. An open document saved is not news (its text is known).
   */
  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    for (FileEvent e : params.getChanges()) {
      boolean savedOpenDocument =
          e.getType() == FileChangeType.Changed && server.documents.get(e.getUri()).isPresent();
      boolean git = e.getUri().contains("/.git/"); // never part of what a build reads
      if (!savedOpenDocument && !git) {
        server.contextChanged();
        return;
      }
    }
  }
}
