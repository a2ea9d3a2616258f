package dev.dfkit.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dfkit.cli.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class DflintCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DflintCommand.run(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void textShowsPositionSeverityRuleMessageAndTheLineUnderlined() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\nWORKDIR /x\nWORKDIR app\n");
    Run r = run("", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            f
                + ":3:9: error[DL3000]: Use absolute WORKDIR\n"
                + "    3 | WORKDIR app\n"
                + "      |         ^^^\n");
  }

  @Test
  void aDirectoryWithNoDockerfileIsSaidToBeEmptyNotClean() throws IOException {
    file("src/app.sh", "echo hi\n");
    Run r = run("", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            dir
                + ": warning: no Dockerfile found (names: Dockerfile,"
                + " Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile, Containerfile.*)\n");
  }

  @Test
  void aDirectoryWhoseDockerfilesGitIgnoresNamesThem() throws Exception {
    Path ignored = file("build/Dockerfile", "FROM alpine:3.20\nWORKDIR app\n");
    file(".gitignore", "build/\n");
    Process git = new ProcessBuilder("git", "init", "-q", dir.toString()).inheritIO().start();
    assertThat(git.waitFor()).isZero();
    Run r = run("", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .isEqualTo(
            dir
                + ": warning: no Dockerfile found that git does not ignore; 1 ignored one (e.g. "
                + ignored
                + ") can be named as files to check them\n");
    assertThat(run("", ignored.toString()).code()).isEqualTo(1);
  }

  @Test
  void cleanFileExitsZeroWithNoOutput() throws IOException {
    Run r = run("", file("Dockerfile", "FROM alpine:3.20\nWORKDIR /app\n").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void jsonHasEveryField() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20 AS Build\n");
    Run r = run("", "--format", "json", f.toString());
    JsonNode array = new ObjectMapper().readTree(r.out());
    JsonNode finding = array.get(0);
    assertThat(finding.get("file").asText()).isEqualTo(f.toString());
    assertThat(finding.get("line").asInt()).isEqualTo(1);
    assertThat(finding.get("column").asInt()).isEqualTo(21);
    assertThat(finding.get("endLine").asInt()).isEqualTo(1);
    assertThat(finding.get("endColumn").asInt()).isEqualTo(26);
    assertThat(finding.get("rule").asText()).isEqualTo("StageNameCasing");
    assertThat(finding.get("severity").asText()).isEqualTo("warning");
    assertThat(finding.get("url").asText()).startsWith("https://");
    assertThat(finding.get("fixable").asBoolean()).isTrue();
    assertThat(finding.get("message").asText()).contains("Build");
  }

  @Test
  void checkstyleIsWellFormedXml() throws Exception {
    Path f = file("Dockerfile", "FROM alpine:3.20 AS Build\nWORKDIR /x\nWORKDIR a<b\n");
    Run r = run("", "--format", "checkstyle", f.toString());
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(2);
  }

  @Test
  void githubAnnotationsAndGnuLines() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\nWORKDIR /x\nWORKDIR app\n");
    assertThat(run("", "--format", "github", f.toString()).out())
        .startsWith(
            "::error file="
                + f.toString().replace(":", "%3A")
                + ",line=3,col=9,endLine=3,endColumn=12,title=DL3000::Use absolute WORKDIR");
    assertThat(run("", "--format", "gnu", f.toString()).out())
        .isEqualTo(f + ":3.9-3.12: error: Use absolute WORKDIR [DL3000]\n");
  }

  @Test
  void codeClimateHasFingerprints() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\nWORKDIR app\nWORKDIR app\n");
    JsonNode issues =
        new ObjectMapper().readTree(run("", "--format", "codeclimate", f.toString()).out());
    assertThat(issues).hasSize(2);
    assertThat(issues.get(0).get("fingerprint").asText())
        .isNotEqualTo(issues.get(1).get("fingerprint").asText());
    assertThat(issues.get(0).get("location").get("positions").get("begin").get("line").asInt())
        .isEqualTo(2);
  }

  @Test
  void fixWritesTheFileAndReportsWhatChanged() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20 AS Build\nWORKDIR /app\n");
    Run r = run("", "--fix", f.toString());
    assertThat(Files.readString(f)).isEqualTo("FROM alpine:3.20 AS build\nWORKDIR /app\n");
    assertThat(r.err()).contains("fixed 1 problem in " + f + ": StageNameCasing at 1:21");
    assertThat(r.code()).isZero();
  }

  @Test
  void fixDiffPrintsAUnifiedDiffAndLeavesTheFile() throws IOException {
    String text = "FROM alpine:3.20 AS Build\n";
    Path f = file("Dockerfile", text);
    Run r = run("", "--fix", "--diff", f.toString());
    assertThat(Files.readString(f)).isEqualTo(text);
    assertThat(r.out())
        .contains("-FROM alpine:3.20 AS Build")
        .contains("+FROM alpine:3.20 AS build");
  }

  @Test
  void standardInput() {
    Run r =
        run(
            "FROM alpine:3.20\nWORKDIR /x\nWORKDIR app\n",
            "--stdin-filename",
            "build/Dockerfile",
            "-");
    assertThat(r.out()).startsWith("build/Dockerfile:3:9: error[DL3000]");
  }

  @Test
  void directoriesAreSearchedForDockerfiles() throws IOException {
    file("a/Dockerfile", "FROM alpine:3.20\nWORKDIR x\n");
    file("b/app.Dockerfile", "FROM alpine:3.20\nWORKDIR y\n");
    file("b/app.Dockerfile.dockerignore", "*\n");
    file("c/readme.md", "WORKDIR z\n");
    Run r = run("", "--format", "gnu", dir.toString());
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out()).contains("a/Dockerfile:2.9").contains("b/app.Dockerfile:2.9");
  }

  @Test
  void configFromTheNearestDflintYaml() throws IOException {
    file(".dflint.yaml", "rules:\n  DL3000: off\n");
    Path f = file("sub/Dockerfile", "FROM alpine:3.20\nWORKDIR /x\nWORKDIR app\n");
    assertThat(run("", f.toString()).code()).isZero();
  }

  @Test
  void hadolintConfigIsReadWhenThereIsNoDflintYaml() throws IOException {
    file(".hadolint.yaml", "ignored:\n  - DL3000\nfailure-threshold: error\n");
    Path f = file("Dockerfile", "FROM alpine:3.20 AS Build\nWORKDIR /x\nWORKDIR app\n");
    Run r = run("", f.toString());
    assertThat(r.out()).contains("StageNameCasing").doesNotContain("DL3000");
    assertThat(r.code()).isZero(); // only a warning left, threshold is error
  }

  @Test
  void badConfigIsAnErrorWithFileLineAndColumn() throws IOException {
    Path cfg = file(".dflint.yaml", "rules:\n  DL3000: off\nfailure-treshold: error\n");
    Run r = run("", file("Dockerfile", "FROM alpine:3.20\n").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            cfg + ":3:1: error: unknown key 'failure-treshold' (did you mean failure-threshold?)");
  }

  @Test
  void aBadConfigIsReportedOnceForAllTheFilesItGovernsAndTheOthersAreStillLinted()
      throws IOException {
    Path cfg = file("a/.dflint.yaml", "failure-treshold: error\n");
    file("a/Dockerfile", "FROM alpine:3.20\n");
    file("a/Dockerfile.dev", "FROM alpine:3.20\n");
    Path other = file("b/Dockerfile", "FROM alpine:3.20\nWORKDIR app\n");
    Run r = run("", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith(
            cfg + ":1:1: error: unknown key 'failure-treshold' (did you mean failure-threshold?)");
    assertThat(r.out()).startsWith(other + ":2:9: error[DL3000]");
  }

  @Test
  void unknownRuleIsAUsageError() throws IOException {
    Run r = run("", "--only", "DL300", file("Dockerfile", "FROM a:1\n").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown rule 'DL300'");
  }

  @Test
  void failureThresholdDecidesTheExitCode() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20 AS Build\n");
    assertThat(run("", f.toString()).code()).isEqualTo(1);
    assertThat(run("", "--failure-threshold", "error", f.toString()).code()).isZero();
    assertThat(
            run(
                    "",
                    "--failure-threshold",
                    "none",
                    file("x/Dockerfile", "FROM a:1\nWORKDIR b\n").toString())
                .code())
        .isZero();
  }

  @Test
  void listRulesAndExplain() {
    Run list = run("", "--list-rules");
    assertThat(list.out()).contains("StageNameCasing").contains("DL3000");
    Run explain = run("", "--explain", "DL3000");
    assertThat(explain.out()).startsWith("# DL3000");
    assertThat(run("", "--explain", "NOPE").code()).isEqualTo(2);
  }

  @Test
  void missingFileIsAnIoError() {
    Run r = run("", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read: no such file");
  }

  /**
   * The usage text, pinned: the options are declared through picocli's programmatic API, so a slip
   * in a label, an order or a description shows here.
   */
  private static final String USAGE =
      """
      Usage: dflint [-hV] [--diff] [--fix] [--list-rules] [--no-color] [-c=FILE]
                    [--context=DIR] [--explain=RULE] [-f=FORMAT]
                    [--failure-threshold=LEVEL] [--stdin-filename=NAME] [--ignore=RULE
                    [,RULE...]]... [--only=RULE[,RULE...]]... [FILE|DIR|-...]
      Lint Dockerfiles: BuildKit's build checks, hadolint's rules, .dockerignore and
      build-context checks.
      With no FILE, lints ./Dockerfile. A DIR is searched for Dockerfile, Dockerfile.
      *, *.Dockerfile, *.dockerfile and Containerfile (files git ignores are skipped).
            [FILE|DIR|-...]   Dockerfiles or directories to lint; '-' reads standard
                                input.
        -f, --format=FORMAT   text, json, sarif, checkstyle, github, gnu or
                                codeclimate (default: text).
        -c, --config=FILE     Configuration file (default: the nearest .dflint.yaml,
                                else .hadolint.yaml, above each file).
            --context=DIR     Build context directory (default: the configuration's,
                                else one a dev container or Compose service builds
                                the Dockerfile with, else its folder).
            --fix             Apply every safe fix in place and report what changed.
            --diff            With --fix: print a unified diff instead of writing.
            --failure-threshold=LEVEL
                              error, warning, info, style or none: findings at or
                                above it exit 1 (default: info).
            --only=RULE[,RULE...]
                              Run only these rules (repeatable, comma-separated).
            --ignore=RULE[,RULE...]
                              Never run these rules (repeatable, comma-separated).
            --list-rules      List every rule and exit.
            --explain=RULE    Print a rule's documentation and exit.
            --no-color        No colours in text output (also: NO_COLOR set).
            --stdin-filename=NAME
                              The name to show for standard input (default: -).
        -h, --help            Show this help message and exit.
        -V, --version         Print version information and exit.

      Exit codes:
        0   no finding at or above the failure threshold
        1   findings at or above the failure threshold
        2   usage, configuration or I/O error
      """;

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    for (String flag : List.of("--help", "-h")) {
      Run r = run("", flag);
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo(USAGE);
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void versionNamesTheCommandAndTheDfkitVersion() {
    for (String flag : List.of("--version", "-V")) {
      Run r = run("", flag);
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo("dflint (dfkit) " + Version.current() + "\n");
    }
    assertThat(Version.current()).isNotEqualTo("unknown");
  }

  @Test
  void aBadCommandLineIsAUsageErrorFollowedByTheUsage() throws IOException {
    String f = file("Dockerfile", "FROM a:1\n").toString();
    assertUsageError(run("", "--bogus", f), "Unknown option: '--bogus'");
    assertUsageError(run("", "-x"), "Unknown option: '-x'");
    Run nearMiss = run("", "--versio");
    assertThat(nearMiss.code()).isEqualTo(2);
    assertThat(nearMiss.err())
        .isEqualTo("Unknown option: '--versio'\nPossible solutions: --version\n");
    assertUsageError(
        run("", "--explain"), "Missing required parameter for option '--explain' (RULE)");
    assertUsageError(run("", "--only"), "Missing required parameter for option '--only' (RULE)");
    assertUsageError(
        run("", "f", "--stdin-filename"),
        "Missing required parameter for option '--stdin-filename' (NAME)");
    assertUsageError(run("", "--fix", "--fix", f), "option '--fix' should be specified only once");
    assertUsageError(
        run("", "-f", "json", "--format=text", f),
        "option '--format' (FORMAT) should be specified only once");
    assertUsageError(
        run("", "--list-rules=maybe"),
        "Invalid value for option '--list-rules': 'maybe' is not a boolean");
  }

  private static void assertUsageError(Run r, String message) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(message + "\n" + USAGE);
  }

  @Test
  void optionsTakeTheirValueAttachedOrSeparateAndRuleListsSplitAtCommas() throws IOException {
    String f =
        file("Dockerfile", "from alpine\nMAINTAINER me\nRUN apt-get install curl\n").toString();
    Run separate = run("", "--only", "DL3008,DL4000", "--only", "DL3006", "-f", "gnu", f);
    Run attached = run("", "--only=DL3008,DL4000", "--only=DL3006", "-fgnu", f);
    assertThat(separate).isEqualTo(attached);
    assertThat(separate.code()).isEqualTo(1);
    assertThat(separate.out().lines().map(l -> l.replaceAll(".*\\[(\\w+)\\].*", "$1")))
        .containsExactlyInAnyOrder("DL3006", "DL4000", "DL3008");
    Run ignored = run("", "--ignore", "DL3006,DL4000", "--ignore=DL3008", "--format", "gnu", f);
    assertThat(ignored.out()).doesNotContain("DL3006", "DL4000", "DL3008").contains("DL3014");
    assertThat(run("", "--", "--help").err())
        .isEqualTo("--help: error: cannot read: no such file\n");
  }

  @Test
  void booleanOptionsAcceptAnAttachedTrueOrFalse() throws IOException {
    String f = file("Dockerfile", "from alpine:3.20\nRUN echo\nRUN echo\n").toString();
    assertThat(run("", "--list-rules=true").out()).isEqualTo(run("", "--list-rules").out());
    Run fixOff = run("", "--fix=false", "--format", "gnu", f);
    assertThat(fixOff).isEqualTo(run("", "--format", "gnu", f));
    assertThat(fixOff.out()).contains("[ConsistentInstructionCasing]");
    assertThat(Files.readString(Path.of(f))).startsWith("from");
  }

  @Test
  void standardInputTakesTheNameGivenForIt() {
    Run r = run("FROM alpine\n", "--stdin-filename", "sub/Dockerfile", "-f", "gnu", "-");
    assertThat(r.out()).startsWith("sub/Dockerfile:1.6-1.12: warning: Always tag");
    assertThat(run("FROM alpine\n", "-f", "gnu", "-").out()).startsWith("-:1.6-1.12: warning");
  }
}
