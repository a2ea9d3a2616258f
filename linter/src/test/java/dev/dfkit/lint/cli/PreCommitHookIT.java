package dev.dfkit.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of .pre-commit-hooks.yaml, run by the real pre-commit in a fresh git repository against
 * this repository's HEAD (so it tests what is committed).
 */
class PreCommitHookIT {

  @TempDir Path work;

  @Test
  void dflintHookFailsOnFindingsAndTheFixHookFixes() throws Exception {
    Path preCommit = ExternalTool.require("pre-commit", ExternalTool.onPath("pre-commit"));
    ExternalTool.require("git", ExternalTool.onPath("git"));
    Path repo = Path.of(System.getProperty("dfkit.repo.root")).toAbsolutePath().normalize();
    String head = exec(repo, "git", "rev-parse", "HEAD").output().strip();

    Path project = work.resolve("project");
    Files.createDirectories(project);
    exec(project, "git", "init", "-q");
    exec(project, "git", "config", "user.email", "ci@example.com");
    exec(project, "git", "config", "user.name", "CI");
    Files.writeString(project.resolve("Dockerfile"), "FROM alpine AS Build\nWORKDIR app\n");
    Files.writeString(
        project.resolve(".pre-commit-config.yaml"),
        "repos:\n  - repo: "
            + repo
            + "\n    rev: "
            + head
            + "\n    hooks:\n      - id: dflint\n      - id: dflint-fix\n        stages: [manual]\n");
    exec(project, "git", "add", "-A");

    Result lint = exec(project, preCommit.toString(), "run", "dflint", "--all-files");
    assertThat(lint.code()).as(lint.output()).isEqualTo(1);
    assertThat(lint.output()).contains("DL3000").contains("StageNameCasing");

    Result fix =
        exec(
            project,
            preCommit.toString(),
            "run",
            "dflint-fix",
            "--all-files",
            "--hook-stage",
            "manual");
    assertThat(fix.code()).as(fix.output()).isEqualTo(1); // files were modified
    assertThat(Files.readString(project.resolve("Dockerfile")))
        .isEqualTo("FROM alpine AS build\nWORKDIR app\n");
  }

  private record Result(int code, String output) {}

  private Result exec(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile());
    pb.environment().put("PRE_COMMIT_HOME", work.resolve("pre-commit-home").toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + String.join(" ", command));
    }
    return new Result(p.exitValue(), out);
  }
}
