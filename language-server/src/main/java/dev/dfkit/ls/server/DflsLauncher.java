package dev.dfkit.ls.server;

import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** The lsp4j launcher of a {@link DflsServer}: lsp4j's, with dfls's own JSON writers added. */
public final class DflsLauncher {
  private DflsLauncher() {}

  /** A launcher serving {@code server} over the streams; connect the server to its remote proxy. */
  public static Launcher<LanguageClient> create(
      DflsServer server, InputStream in, OutputStream out) {
    return new LSPLauncher.Builder<LanguageClient>()
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(in)
        .setOutput(out)
        .configureGson(
            gson ->
                gson.registerTypeAdapter(SemanticTokens.class, new SemanticTokensJson())
                    .registerTypeAdapterFactory(new DiagnosticsJson()))
        .create();
  }
}
