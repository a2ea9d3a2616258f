package dev.dfkit.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dflint's SARIF passes Microsoft's SARIF Multitool validator (the reference implementation of the
 * SARIF 2.1.0 schema and its rules), set through {@code DFKIT_SARIF_MULTITOOL}.
 */
class SarifValidationIT {

  @TempDir Path dir;

  @Test
  void sarifOutputIsValid() throws IOException, InterruptedException {
    Path tool =
        ExternalTool.require(
            "the SARIF Multitool",
            Optional.ofNullable(System.getenv("DFKIT_SARIF_MULTITOOL")).map(Path::of));
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(
        dockerfile, "FROM alpine AS Build\nWORKDIR app\nCOPY --fromm=x a b\nENV PATH\n");
    DflintCommandTest.Run run =
        DflintCommandTest.run("", "--format", "sarif", dockerfile.toString());
    assertThat(run.code()).isEqualTo(1);
    Path sarif = dir.resolve("out.sarif");
    Files.writeString(sarif, run.out());
    ProcessBuilder pb = new ProcessBuilder(tool.toString(), "validate", sarif.toString());
    pb.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("Analysis completed successfully");
    assertThat(output.lines().filter(l -> l.contains(": error ")).toList()).isEmpty();
    assertThat(p.exitValue()).as(output).isZero();
  }
}
