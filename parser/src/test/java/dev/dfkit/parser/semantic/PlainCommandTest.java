package dev.dfkit.parser.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.ShellForm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainCommandTest {

  private static Optional<PlainCommand> of(String command) {
    Cmd cmd =
        (Cmd)
            DockerfileParser.parse("FROM scratch\nCMD " + command + "\n", "Dockerfile")
                .dockerfile()
                .instructions()
                .get(1);
    return PlainCommand.of((ShellForm) cmd.command());
  }

  @Test
  void programAndPlainArgumentsBecomeJson() {
    PlainCommand c = of("/usr/bin/app --port=8080 -v a,b").orElseThrow();
    assertEquals(List.of("/usr/bin/app", "--port=8080", "-v", "a,b"), c.words());
    assertEquals("[\"/usr/bin/app\", \"--port=8080\", \"-v\", \"a,b\"]", c.json());
  }

  @Test
  void leadingExecIsDropped() {
    assertEquals(List.of("nginx", "-g"), of("exec nginx -g").orElseThrow().words());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "echo \"$HOME\"",
        "app $PORT",
        "app *.conf",
        "app > log",
        "a && b",
        "a | b",
        "cd /x",
        "[ -f x ]",
        "exec",
        "A=1 app",
        "app 'x y'",
        "app ~/x"
      })
  void anythingTheShellWouldInterpretIsRefused(String command) {
    assertTrue(of(command).isEmpty(), command);
  }
}
