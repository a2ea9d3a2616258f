package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.config.RuleSetting;
import dev.dfkit.ls.ServerAssert;
import dev.dfkit.ls.document.DockerfileDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DiagnosticsServiceTest {

  private static Diagnostic only(List<Diagnostic> all, String code) {
    List<Diagnostic> found =
        all.stream().filter(d -> d.getCode().get().toString().equals(code)).toList();
    assertThat(found).as(code + " in " + all).hasSize(1);
    return found.get(0);
  }

  @Test
  void aFindingHasTheRuleIdItsDocsItsSeverityAndItsExactRange() {
    Diagnostic d =
        only(ServerAssert.of("FROM alpine:3.19 AS Builder\n").diagnostics(), "StageNameCasing");
    assertThat(d.getSource()).isEqualTo("dflint");
    assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(d.getRange()).isEqualTo(new Range(new Position(0, 20), new Position(0, 27)));
    assertThat(d.getCodeDescription().getHref()).startsWith("https://docs.docker.com/");
    assertThat(d.getMessage()).contains("Builder");
  }

  @Test
  void severitiesMapOntoLspLevels() {
    assertThat(DiagnosticsService.severity(LintSeverity.ERROR)).isEqualTo(DiagnosticSeverity.Error);
    assertThat(DiagnosticsService.severity(LintSeverity.INFO))
        .isEqualTo(DiagnosticSeverity.Information);
    assertThat(DiagnosticsService.severity(LintSeverity.STYLE)).isEqualTo(DiagnosticSeverity.Hint);
    Diagnostic info =
        only(ServerAssert.of("FROM a:1\nRUN apt-get update\n").diagnostics(), "DL3009");
    assertThat(info.getSeverity()).isEqualTo(DiagnosticSeverity.Information);
  }

  @Test
  void syntaxErrorsArriveAsDockerfileSyntaxFindings() {
    Diagnostic d =
        only(ServerAssert.of("FROM alpine:3\nFROBNICATE x\n").diagnostics(), "DockerfileSyntax");
    assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    assertThat(d.getRange().getStart()).isEqualTo(new Position(1, 0));
    assertThat(d.getMessage()).contains("unknown instruction");
  }

  @Test
  void settingsTurnRulesOffAndChangeSeverities() {
    String text = "FROM alpine:3.19 AS Builder\nRUN apt-get update\n";
    assertThat(ServerAssert.of(text).codes()).contains("StageNameCasing", "DL3009");
    DiagnosticsSettings settings =
        new DiagnosticsSettings(
            Map.of(
                "StageNameCasing", RuleSetting.OFF, "DL3009", RuleSetting.at(LintSeverity.ERROR)),
            Optional.empty(),
            0);
    List<Diagnostic> all = ServerAssert.of(text).settings(settings).diagnostics();
    assertThat(all).noneMatch(d -> d.getCode().get().toString().equals("StageNameCasing"));
    assertThat(only(all, "DL3009").getSeverity()).isEqualTo(DiagnosticSeverity.Error);
  }

  @Test
  void theDockerfilesFolderIsTheBuildContextAndANewGenerationReadsItAgain(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("Dockerfile");
    // main.txt makes the folder the likely context (one that holds none of the sources is not)
    Files.writeString(dir.resolve("main.txt"), "");
    String text = "FROM alpine:3.19\nCOPY main.txt /\nCOPY app.txt /app/\n";
    Files.writeString(file, text);
    DockerfileDocument doc = new DockerfileDocument(file.toUri().toString(), 1, text);
    DiagnosticsService service = new DiagnosticsService();
    assertThat(codes(service.diagnostics(doc, DiagnosticsSettings.DEFAULT, ServerAssert.NEVER)))
        .contains("CopySourceNotFound");
    Files.writeString(dir.resolve("app.txt"), "hi");
    assertThat(
            codes(
                service.diagnostics(
                    doc, DiagnosticsSettings.DEFAULT.withGeneration(1), ServerAssert.NEVER)))
        .doesNotContain("CopySourceNotFound");
    Files.writeString(dir.resolve(".dockerignore"), "app.txt\n");
    assertThat(
            codes(
                service.diagnostics(
                    doc, DiagnosticsSettings.DEFAULT.withGeneration(2), ServerAssert.NEVER)))
        .contains("CopyIgnoredFile");
  }

  @Test
  void untitledDocumentsLintWithoutAContext() {
    assertThat(ServerAssert.of("FROM alpine:3.19\nCOPY app.txt /app/\n").codes())
        .doesNotContain("CopySourceNotFound");
  }

  @Test
  void theNearestDflintYamlApplies(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".dflint.yaml"), "ignored: [StageNameCasing]\n");
    Path sub = Files.createDirectories(dir.resolve("svc"));
    String uri = sub.resolve("Dockerfile").toUri().toString();
    assertThat(ServerAssert.at(uri, "FROM alpine:3.19 AS Builder\n").codes())
        .doesNotContain("StageNameCasing");
  }

  @Test
  void aBrokenConfigurationIsShownAndTheDefaultsApply(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".dflint.yaml"), "rules: [\n");
    String uri = dir.resolve("Dockerfile").toUri().toString();
    List<Diagnostic> all = ServerAssert.at(uri, "FROM alpine:3.19 AS Builder\n").diagnostics();
    Diagnostic config = only(all, "config");
    assertThat(config.getMessage()).contains(".dflint.yaml").contains("default configuration");
    assertThat(codes(all)).contains("StageNameCasing");
  }

  @Test
  void parserWarningsAreShownToo() {
    List<Diagnostic> all =
        ServerAssert.of("FROM alpine:3.19\nONBUILD FROBNICATE x\n").diagnostics();
    Diagnostic d = only(all, "unknown-instruction");
    assertThat(d.getSource()).isEqualTo("dfls");
    assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(d.getRange().getStart()).isEqualTo(new Position(1, 8));
  }

  @Test
  void oneLintPerVersionAndSettings() {
    DockerfileDocument doc = new DockerfileDocument("untitled:x", 1, "FROM a:1\n");
    DiagnosticsService service = new DiagnosticsService();
    assertThat(service.lint(doc, DiagnosticsSettings.DEFAULT, ServerAssert.NEVER))
        .isSameAs(service.lint(doc, DiagnosticsSettings.DEFAULT, ServerAssert.NEVER));
    assertThat(service.lint(doc, DiagnosticsSettings.DEFAULT, ServerAssert.NEVER))
        .isNotSameAs(
            service.lint(doc, DiagnosticsSettings.DEFAULT.withGeneration(5), ServerAssert.NEVER));
  }

  /** ShellCheck's tests need the program; CI installs it, elsewhere they are skipped. */
  public static void assumeShellCheck() {
    if (dev.dfkit.lint.rules.ShellCheck.Binary.find().isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(
            "shellcheck is not installed (Debian: apt-get install shellcheck)");
      }
      org.junit.jupiter.api.Assumptions.abort("shellcheck is not installed");
    }
  }

  @Test
  void shellCheckIsASecondPhaseMergedOnceItRan() {
    assumeShellCheck();
    DockerfileDocument doc =
        new DockerfileDocument(
            "untitled:x", 1, "FROM alpine:3.19\nRUN cp $x /tmp/" + unique() + "\n");
    DiagnosticsService service = new DiagnosticsService();
    DiagnosticsSettings settings = DiagnosticsSettings.DEFAULT;
    assertThat(codes(service.diagnostics(doc, settings, ServerAssert.NEVER)))
        .doesNotContain("SC2086");
    assertThat(service.shellCheckPending(doc, settings)).isTrue();
    service.shellCheck(doc, settings, ServerAssert.NEVER);
    assertThat(service.shellCheckPending(doc, settings)).isFalse();
    Diagnostic sc = only(service.diagnostics(doc, settings, ServerAssert.NEVER), "SC2086");
    assertThat(sc.getRange().getStart()).isEqualTo(new Position(1, 7));
    DiagnosticsSettings off =
        new DiagnosticsSettings(Map.of("ShellCheck", RuleSetting.OFF), Optional.empty(), 0);
    service.shellCheck(doc, off, ServerAssert.NEVER);
    assertThat(codes(service.diagnostics(doc, off, ServerAssert.NEVER))).doesNotContain("SC2086");
  }

  @Test
  void theFirstPhaseShowsShellChecksRememberedFindingsOfUnchangedScripts() {
    assumeShellCheck();
    String tail = unique();
    String v1 = "FROM alpine:3.19\nRUN cp $a /a" + tail + "\nRUN cp $b /b" + tail + "\n";
    DiagnosticsService service = new DiagnosticsService();
    DiagnosticsSettings settings = DiagnosticsSettings.DEFAULT;
    DockerfileDocument one = new DockerfileDocument("untitled:y", 1, v1);
    service.shellCheck(one, settings, ServerAssert.NEVER);
    assertThat(lines(service.diagnostics(one, settings, ServerAssert.NEVER), "SC2086"))
        .containsExactly(1, 2);

    // The second RUN edited, a comment added above: the first RUN's finding stays, moved.
    String v2 = "FROM alpine:3.19\n# note\nRUN cp $a /a" + tail + "\nRUN cp $b /bb" + tail + "\n";
    DockerfileDocument two = new DockerfileDocument("untitled:y", 2, v2);
    assertThat(lines(service.diagnostics(two, settings, ServerAssert.NEVER), "SC2086"))
        .containsExactly(2);
    assertThat(service.shellCheckPending(two, settings)).isTrue();
    service.shellCheck(two, settings, ServerAssert.NEVER);
    assertThat(service.shellCheckAddsNothing(two, settings)).isFalse();
    assertThat(lines(service.diagnostics(two, settings, ServerAssert.NEVER), "SC2086"))
        .containsExactly(2, 3);

    // Nothing new for ShellCheck: the first phase already shows all it finds.
    DockerfileDocument three = new DockerfileDocument("untitled:y", 3, "# top\n" + v2);
    assertThat(lines(service.diagnostics(three, settings, ServerAssert.NEVER), "SC2086"))
        .containsExactly(3, 4);
    service.shellCheck(three, settings, ServerAssert.NEVER);
    assertThat(service.shellCheckAddsNothing(three, settings)).isTrue();
    assertThat(lines(service.diagnostics(three, settings, ServerAssert.NEVER), "SC2086"))
        .containsExactly(3, 4);
  }

  /** Script text no other test used: ShellCheck's findings are remembered by script text. */
  private static String unique() {
    return Long.toString(System.nanoTime());
  }

  private static List<Integer> lines(List<Diagnostic> all, String code) {
    return all.stream()
        .filter(d -> d.getCode().get().toString().equals(code))
        .map(d -> d.getRange().getStart().getLine())
        .sorted()
        .toList();
  }

  private static List<String> codes(List<Diagnostic> all) {
    return all.stream().map(d -> d.getCode().get().toString()).toList();
  }
}
