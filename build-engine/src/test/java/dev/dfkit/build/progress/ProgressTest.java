package dev.dfkit.build.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void script(Progress p) {
    int a = p.started("[1/2] FROM busybox");
    p.cached(a);
    int b = p.started("[2/2] RUN make");
    p.output(b, "compiling");
    p.failed(b, Duration.ofMillis(1500), "exit code: 2");
    p.message("naming to x");
    p.close();
  }

  @Test
  void plainPrintsStepsOutputAndResultsAsBuildKitDoes() {
    script(new PlainProgress(out));
    String[] lines = text().split("\n");
    assertThat(lines[0]).isEqualTo("#1 [1/2] FROM busybox");
    assertThat(lines[1]).isEqualTo("#1 CACHED");
    assertThat(lines[3]).isEqualTo("#2 [2/2] RUN make");
    assertThat(lines[4]).matches("#2 \\d+\\.\\d{3} compiling");
    assertThat(lines[5]).isEqualTo("#2 ERROR: exit code: 2");
    assertThat(text()).contains("naming to x");
  }

  @Test
  void jsonIsOneEventPerLine() throws Exception {
    script(new JsonProgress(out));
    List<JsonNode> events = new ArrayList<>();
    for (String line : text().split("\n")) {
      events.add(new ObjectMapper().readTree(line));
    }
    assertThat(events)
        .extracting(e -> e.get("event").asText())
        .containsExactly("started", "cached", "started", "output", "error", "message");
    assertThat(events.get(4).get("seconds").asDouble()).isEqualTo(1.5);
    assertThat(events.get(3).get("line").asText()).isEqualTo("compiling");
  }

  @Test
  void ttyEndsWithEveryStepPrintedOnceAndTheFailureOutput() {
    script(new TtyProgress(out, 80));
    String plain = text().replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "");
    assertThat(plain).contains("#1 [1/2] FROM busybox").contains("CACHED");
    assertThat(plain).contains(" > compiling").contains("ERROR: exit code: 2");
    assertThat(plain.strip()).endsWith("(2/2) FINISHED");
  }
}
