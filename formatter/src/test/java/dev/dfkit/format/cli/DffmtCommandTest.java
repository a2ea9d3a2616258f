package dev.dfkit.format.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.cli.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DffmtCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DffmtCommand.run(
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
  void printsTheFormattedTextOfOneFile() throws IOException {
    Path f = file("Dockerfile", "from alpine\nrun a &&  b\n");
    Run r = run("", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("FROM alpine\nRUN a && b\n");
    assertThat(Files.readString(f)).isEqualTo("from alpine\nrun a &&  b\n");
  }

  @Test
  void readsStandardInput() {
    Run r = run("from alpine\n", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("FROM alpine\n");
  }

  @Test
  void checkListsUnformattedFilesAndExitsOne() throws IOException {
    Path bad = file("a/Dockerfile", "from alpine\n");
    file("b/Dockerfile", "FROM alpine\n");
    Run r = run("", "--check", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(bad + "\n");
    Run clean = run("", "--check", dir.resolve("b").toString());
    assertThat(clean.code()).isZero();
    assertThat(clean.out()).isEmpty();
  }

  @Test
  void writeFormatsInPlace() throws IOException {
    Path f = file("Dockerfile", "from alpine\n");
    Run r = run("", "-w", f.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(f)).isEqualTo("FROM alpine\n");
  }

  @Test
  void manyFilesAreReportedInTheOrderGiven() throws IOException {
    List<String> args = new ArrayList<>(List.of("--check"));
    StringBuilder listed = new StringBuilder();
    StringBuilder errors = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      String text =
          switch (i % 3) {
            case 0 -> "from alpine\nrun a &&  b\n";
            case 1 -> "FROM alpine\n";
            default -> "FROM alpine\nENV PATH\n";
          };
      Path f = file("d" + i + "/Dockerfile", text);
      args.add(f.toString());
      if (i % 3 == 0) {
        listed.append(f).append('\n');
      } else if (i % 3 == 2) {
        errors.append(f).append(":2:5: error: ENV must have two arguments (not formatted)\n");
      }
    }
    Run r = run("", args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(listed.toString());
    assertThat(r.err()).isEqualTo(errors.toString());
  }

  @Test
  void aFileNamedTwiceIsWrittenOnceAndThenSeenFormatted() throws IOException {
    Path f = file("Dockerfile", "from alpine\n");
    Run r = run("", "-w", "--check", f.toString(), dir.toString());
    assertThat(r.out()).isEqualTo(f + "\n");
    assertThat(Files.readString(f)).isEqualTo("FROM alpine\n");
  }

  @Test
  void diffPrintsAUnifiedDiff() throws IOException {
    Path f = file("Dockerfile", "from alpine\n");
    Run r = run("", "--diff", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("-from alpine").contains("+FROM alpine").startsWith("---");
  }

  @Test
  void syntaxErrorsAreReportedAndTheFileIsLeftAlone() throws IOException {
    Path f = file("Dockerfile", "from alpine\nENV PATH\n");
    Run r = run("", "-w", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(f + ":2:5: error: ENV must have two arguments (not formatted)");
    assertThat(Files.readString(f)).isEqualTo("from alpine\nENV PATH\n");
  }

  @Test
  void missingFileAndBadOptionsAreUsageErrors() {
    assertThat(run("", dir.resolve("nope").toString()).code()).isEqualTo(2);
    assertThat(run("", "--indent", "0", "-").code()).isEqualTo(2);
    assertThat(run("", "--end-of-line", "cr", "-").code()).isEqualTo(2);
    assertThat(run("", "--bogus").code()).isEqualTo(2);
    assertThat(run("", "-w", "--diff", "-").code()).isEqualTo(2);
  }

  @Test
  void optionsFromTheCommandLine() {
    String in = "FROM a\nRUN a && \\\n b\nFROM b\n";
    assertThat(
            run(in, "--indent", "2", "--trailing-operators", "--no-blank-before-from", "-").out())
        .isEqualTo("FROM a\nRUN a && \\\n  b\nFROM b\n");
    assertThat(run("FROM a\nRUN aaaaaaaaaa && bbbbbbbbbb\n", "--max-width", "20", "-").out())
        .isEqualTo("FROM a\nRUN aaaaaaaaaa \\\n    && bbbbbbbbbb\n");
  }

  @Test
  void optionsFromDflintYamlWinOverEditorconfigAndLoseToTheCommandLine() throws IOException {
    file(".editorconfig", "root = true\n[*]\nindent_size = 8\nend_of_line = crlf\n");
    Path f = file("Dockerfile", "FROM a\nRUN a && \\\n b\n");
    assertThat(run("", f.toString()).out()).isEqualTo("FROM a\r\nRUN a \\\r\n        && b\r\n");
    file(".dflint.yaml", "rules: {}\nformat:\n  indent: 2\n  operators: trailing\n");
    assertThat(run("", f.toString()).out()).isEqualTo("FROM a\r\nRUN a && \\\r\n  b\r\n");
    assertThat(run("", "--indent", "3", f.toString()).out())
        .isEqualTo("FROM a\r\nRUN a && \\\r\n   b\r\n");
  }

  @Test
  void badConfigurationNamesTheSpot() throws IOException {
    file(".dflint.yaml", "format:\n  indnet: 2\n");
    Path f = file("Dockerfile", "FROM a\n");
    Run r = run("", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(".dflint.yaml:2:3: error: format: unknown key 'indnet'");
  }

  @Test
  void stdinFilenameFindsTheConfiguration() throws IOException {
    file(".dflint.yaml", "format:\n  indent: 2\n");
    Run r =
        run(
            "FROM a\nRUN a && \\\n b\n",
            "--stdin-filename",
            dir.resolve("Dockerfile").toString(),
            "-");
    assertThat(r.out()).isEqualTo("FROM a\nRUN a \\\n  && b\n");
  }

  /** The usage text, pinned: the options are declared through picocli's programmatic API. */
  private static final String USAGE =
      """
      Usage: dffmt [-hvVw] [--check] [--diff] [--no-blank-before-from]
                   [--trailing-operators] [-c=FILE] [--end-of-line=EOL] [--indent=N]
                   [--max-width=N] [--stdin-filename=NAME] [FILE|DIR|-...]
      Format Dockerfiles without changing what they mean: the output is parsed again
      and compared with the input before it is used.
      With one FILE (or '-'), prints the formatted text. With no FILE, formats .
      /Dockerfile. A DIR is searched for Dockerfile, Dockerfile.*, *.Dockerfile, *.
      dockerfile and Containerfile (files git ignores are skipped).
      Options come from the command line, else the format: section of the nearest .
      dflint.yaml, else .editorconfig (indent_size, max_line_length, end_of_line).
            [FILE|DIR|-...]        Dockerfiles or directories; '-' reads standard
                                     input.
        -w, --write                Write the formatted text back to each file
                                     (standard input: to stdout).
            --check                List the files that are not formatted; exit 1 if
                                     any.
            --diff                 Print a unified diff of the changes instead.
            --indent=N             Spaces before a continuation line (default: 4).
            --max-width=N          Width past which a shell command is broken, one
                                     part per line (default: 100).
            --trailing-operators   Put && || | ; at the end of a broken line instead
                                     of the start of the next.
            --no-blank-before-from Do not add a blank line before each FROM after the
                                     first.
            --end-of-line=EOL      auto (the file's own, the default), lf or crlf.
        -c, --config=FILE          A .dflint.yaml to read format: options from
                                     (default: the nearest one).
            --stdin-filename=NAME  The name of standard input in messages and for
                                     finding configuration.
        -v, --verbose              Also say which instructions were kept as written,
                                     and why.
        -h, --help                 Show this help message and exit.
        -V, --version              Print version information and exit.

      Exit codes:
        0   formatted (or, with --check, already formatted)
        1   with --check: some file is not formatted; or a file has syntax errors
              (left untouched)
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
      assertThat(r.out()).isEqualTo("dffmt (dfkit) " + Version.current() + "\n");
    }
  }

  @Test
  void aBadCommandLineIsAUsageErrorFollowedByTheUsage() {
    assertUsageError(run("", "--bogus"), "Unknown option: '--bogus'");
    assertUsageError(
        run("", "--indent", "x", "-"), "Invalid value for option '--indent': 'x' is not an int");
    assertUsageError(
        run("", "--max-width"), "Missing required parameter for option '--max-width' (N)");
    assertUsageError(run("", "-w", "-w", "-"), "option '--write' should be specified only once");
    assertUsageError(
        run("", "--check=maybe", "-"),
        "Invalid value for option '--check': 'maybe' is not a boolean");
    Run nearMiss = run("", "--versio");
    assertThat(nearMiss.code()).isEqualTo(2);
    assertThat(nearMiss.err())
        .isEqualTo("Unknown option: '--versio'\nPossible solutions: --verbose, --version\n");
  }

  private static void assertUsageError(Run r, String message) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(message + "\n" + USAGE);
  }

  @Test
  void valuesMayBeAttachedAndFlagsTakeAnAttachedBoolean() {
    String in = "FROM a\nRUN aaaaaaaaaa && bbbbbbbbbb\n";
    Run attached = run(in, "--indent=2", "--trailing-operators=true", "--max-width=20", "-");
    assertThat(attached)
        .isEqualTo(run(in, "--indent", "2", "--trailing-operators", "--max-width", "20", "-"));
    assertThat(attached.out()).isEqualTo("FROM a\nRUN aaaaaaaaaa && \\\n  bbbbbbbbbb\n");
    assertThat(run(in, "--trailing-operators=false", "--max-width=20", "-"))
        .isEqualTo(run(in, "--max-width", "20", "-"));
  }
}
