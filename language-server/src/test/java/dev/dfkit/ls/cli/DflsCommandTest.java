package dev.dfkit.ls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DflsCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(DflsCommand command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static String message(String json) {
    return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
  }

  private static final String SESSION =
      message(
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
          + message("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")
          + message("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
          + message("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

  @Test
  void versionAndHelp() {
    assertThat(run(new DflsCommand(), "--version")).isZero();
    assertThat(out.toString()).startsWith("dfls (dfkit) ");
    assertThat(run(new DflsCommand(), "--help")).isZero();
    assertThat(out.toString()).contains("--socket").contains("--log-level");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run(new DflsCommand(), "--log-level", "loud")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown log level 'loud'");
    assertThat(run(new DflsCommand(), "--bogus")).isEqualTo(2);
    assertThat(run(new DflsCommand(), "--socket", "70000")).isEqualTo(2);
  }

  @Test
  void aSessionOverStandardStreamsEndsWithZeroAndStandardOutputIsOnlyProtocol(@TempDir Path dir)
      throws Exception {
    DflsCommand command = new DflsCommand();
    ByteArrayOutputStream protocol = new ByteArrayOutputStream();
    command.in = new ByteArrayInputStream(SESSION.getBytes(StandardCharsets.UTF_8));
    command.out = protocol;
    Path log = dir.resolve("dfls.log");
    assertThat(run(command, "--log", log.toString(), "--log-level", "debug")).isZero();
    String sent = protocol.toString(StandardCharsets.UTF_8);
    assertThat(sent).startsWith("Content-Length: ").contains("\"name\":\"dfls\"");
    assertThat(sent.split("Content-Length: "))
        .allMatch(m -> m.isEmpty() || m.contains("\"jsonrpc\""));
    assertThat(Files.exists(log)).isTrue();
  }

  @Test
  void aClientLeavingWithoutShutdownEndsWithOne() {
    DflsCommand command = new DflsCommand();
    command.in =
        new ByteArrayInputStream(
            message(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
                .getBytes(StandardCharsets.UTF_8));
    command.out = new ByteArrayOutputStream();
    assertThat(run(command)).isEqualTo(1);
  }

  @Test
  void aSessionOverALoopbackSocket() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    DflsCommand command = new DflsCommand();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> run(command, "--socket", String.valueOf(port)));
    Socket s = null;
    for (int i = 0; i < 200 && s == null; i++) {
      try {
        s = new Socket("127.0.0.1", port);
      } catch (java.io.IOException e) {
        Thread.sleep(50);
      }
    }
    assertThat(s).as("dfls listens on 127.0.0.1:" + port).isNotNull();
    try (Socket socket = s) {
      OutputStream o = socket.getOutputStream();
      o.write(SESSION.getBytes(StandardCharsets.UTF_8));
      o.flush();
      InputStream i = socket.getInputStream();
      byte[] head = i.readNBytes(16);
      assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("Content-Length: ");
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }
  }
}
