package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/**
 * {@code $/cancelRequest} through the real lsp4j endpoint, written as raw JSON-RPC so the answer to
 * the cancelled request itself can be seen: a slow request cancelled right away ends with
 * RequestCancelled, not a result, and the server goes on answering.
 */
class CancellationTest {

  private final PipedOutputStream toServer = new PipedOutputStream();
  private final PipedInputStream fromServer = new PipedInputStream(1 << 20);

  private void send(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    toServer.write(
        ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    toServer.write(body);
    toServer.flush();
  }

  private JsonObject read() throws IOException {
    InputStream in = fromServer;
    int length = -1;
    StringBuilder line = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("server closed");
      }
      if (c == '\n') {
        String l = line.toString().strip();
        line.setLength(0);
        if (l.isEmpty()) {
          break;
        }
        if (l.toLowerCase().startsWith("content-length:")) {
          length = Integer.parseInt(l.substring(15).strip());
        }
      } else {
        line.append((char) c);
      }
    }
    byte[] body = in.readNBytes(length);
    return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  /** The response with this id (notifications and server requests in between are skipped). */
  private JsonObject response(int id) throws IOException {
    while (true) {
      JsonObject m = read();
      if (m.has("id") && !m.has("method") && m.get("id").getAsInt() == id) {
        return m;
      }
    }
  }

  @Test
  void aCancelledRequestEndsCancelledAndTheServerGoesOn() throws Exception {
    PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
    OutputStream serverOut = new PipedOutputStream(fromServer);
    DflsServer server = new DflsServer();
    var launcher = DflsLauncher.create(server, serverIn, serverOut);
    server.connect(launcher.getRemoteProxy());
    launcher.startListening();
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
    assertThat(response(1).has("result")).isTrue();
    // A big file: formatting it takes long enough for the cancel to arrive first.
    StringBuilder big = new StringBuilder("from alpine:3.19\n");
    for (int i = 0; i < 1500; i++) {
      big.append("run apk add  curl && echo ").append(i).append('\n');
    }
    JsonObject open = new JsonObject();
    JsonObject item = new JsonObject();
    item.addProperty("uri", "untitled:big");
    item.addProperty("languageId", "containerfile");
    item.addProperty("version", 1);
    item.addProperty("text", big.toString());
    open.add("textDocument", item);
    send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":" + open + "}");
    String format =
        "{\"textDocument\":{\"uri\":\"untitled:big\"},\"options\":{\"tabSize\":4,\"insertSpaces\":true}}";
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/formatting\",\"params\":"
            + format
            + "}");
    send("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":2}}");
    JsonObject cancelled = response(2);
    assertThat(cancelled.has("error")).as(cancelled.toString()).isTrue();
    assertThat(cancelled.getAsJsonObject("error").get("code").getAsInt())
        .isEqualTo(ResponseErrorCode.RequestCancelled.getValue());
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/formatting\",\"params\":"
            + format
            + "}");
    JsonObject done = response(3);
    assertThat(done.getAsJsonArray("result")).isNotEmpty();
    assertThat(server.failures()).isZero();
    send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}");
    response(4);
    toServer.close();
    TimeUnit.MILLISECONDS.sleep(10);
  }
}
