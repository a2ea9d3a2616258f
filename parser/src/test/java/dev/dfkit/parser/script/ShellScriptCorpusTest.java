package dev.dfkit.parser.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.SharedData;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every RUN of real Dockerfiles parses as a shell script with no error: BuildKit's conformance
 * Dockerfiles, and RUN instructions in the style of well-known official images.
 */
class ShellScriptCorpusTest {

  /** A RUN and the script it runs. */
  private record RunScript(String file, Run run, Optional<ShellScriptResult> result) {}

  private static List<RunScript> scripts(String file, String text) {
    ParseResult parsed = DockerfileParser.parse(text, file);
    Dockerfile df = parsed.dockerfile();
    List<RunScript> out = new ArrayList<>();
    for (Instruction i : df.instructions()) {
      Instruction target = i instanceof Onbuild o ? o.trigger().orElse(null) : i;
      if (target instanceof Run run) {
        out.add(new RunScript(file, run, ShellScripts.parse(run, df.lines())));
      }
    }
    return out;
  }

  /**
   * RUN instructions of the conformance data whose script is not valid sh: BuildKit's parser tests
   * only check how heredocs are read, and the shell would fail on these. Each must be reported.
   */
  private static final Map<String, String> INVALID_SHELL =
      Map.of(
          "heredoc/Dockerfile:38:1",
          "the body \"don't expand $NAME\" has an unterminated single quote");

  private static void assertParsesCleanly(RunScript s) {
    if (s.result().isEmpty()) {
      return;
    }
    ShellScriptResult result = s.result().get();
    String where = s.file() + ":" + s.run().range().start().display();
    if (INVALID_SHELL.containsKey(where)) {
      assertThat(result.errors()).as("%s: %s", where, INVALID_SHELL.get(where)).isNotEmpty();
    } else {
      assertThat(result.errors()).as("%s: %s", where, s.run().syntax().line()).isEmpty();
    }
    ShellScriptProperties.assertRangesNest(result.script());
  }

  @Test
  void everyRunOfTheBuildKitConformanceDockerfilesParses() throws IOException {
    Path root = SharedData.path("conformance/buildkit-parser");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.getFileName().toString().equals("Dockerfile")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(30);
    int shellForms = 0;
    int heredocs = 0;
    for (Path f : files) {
      String text = DockerfileParser.decode(Files.readAllBytes(f));
      for (RunScript s : scripts(root.relativize(f).toString(), text)) {
        assertParsesCleanly(s);
        if (!(s.run().command() instanceof ExecForm)) {
          shellForms++;
        }
        heredocs += s.run().syntax().heredocs().size();
      }
    }
    assertThat(shellForms).isGreaterThan(80);
    assertThat(heredocs).isGreaterThan(15);
  }

  @Test
  void runsInTheStyleOfOfficialImagesParse() throws IOException {
    List<RunScript> scripts = scripts("official-images.Dockerfile", resource());
    assertThat(scripts).hasSizeGreaterThanOrEqualTo(40);
    scripts.forEach(ShellScriptCorpusTest::assertParsesCleanly);
    assertThat(scripts.stream().filter(s -> s.result().isPresent()).count())
        .isEqualTo(scripts.size() - 1);
  }

  @Test
  void officialImagesCommandsAreFoundWhereverTheyAre() throws IOException {
    List<String> names = new ArrayList<>();
    for (RunScript s : scripts("official-images.Dockerfile", resource())) {
      s.result()
          .ifPresent(
              r ->
                  r.script()
                      .simpleCommands()
                      .forEach(site -> site.command().name().ifPresent(names::add)));
    }
    assertThat(names)
        .contains(
            "apt-get",
            "apt-mark",
            "dpkg",
            "gpg",
            "gpgconf",
            "wget",
            "sha256sum",
            "tar",
            "curl",
            "pip",
            "apk",
            "scanelf",
            "make",
            "nproc",
            "useradd",
            "go",
            "python3",
            "node",
            "npm",
            "ldconfig",
            "docker-php-ext-install",
            "uname",
            "sed");
  }

  @Test
  void heredocRunsAreScriptsOrData() throws IOException {
    List<RunScript> scripts = scripts("official-images.Dockerfile", resource());
    List<RunScript> withHeredoc =
        scripts.stream().filter(s -> !s.run().syntax().heredocs().isEmpty()).toList();
    assertThat(withHeredoc).hasSize(6);
    // RUN cat <<EOF > /etc/app.conf: the body is the cat's input.
    SimpleCommand cat =
        withHeredoc.get(0).result().orElseThrow().script().simpleCommands().get(0).command();
    assertThat(cat.redirections().get(0).hereDocument().orElseThrow().body())
        .isEqualTo("key=value\nhome=$HOME\n");
    // RUN <<EOT bash: the body is bash's input.
    SimpleCommand bash =
        withHeredoc.get(1).result().orElseThrow().script().simpleCommands().get(0).command();
    assertThat(bash.name()).hasValue("bash");
    // RUN <<-EOF: the body is the script.
    assertThat(withHeredoc.get(2).result().orElseThrow().script().simpleCommands())
        .extracting(site -> site.command().name().orElse("-"))
        .containsExactly("set", "[", "cd", "make", "sh");
    // A bash script with arrays, a quoted heredoc inside, case and a commented substitution.
    Script script = withHeredoc.get(3).result().orElseThrow().script();
    assertThat(script.simpleCommands())
        .extracting(site -> site.command().name().orElse("-"))
        .containsExactly("set", "declare", "apt-get", "cat", "sed", "uname", "-", "-", "-", "echo");
    // RUN <<EOF python3: the python is data for the shell.
    assertThat(withHeredoc.get(4).result().orElseThrow().script().simpleCommands())
        .extracting(site -> site.command().name().orElse("-"))
        .containsExactly("python3");
    // A #! that is not a shell: BuildKit runs the body as a file.
    assertThat(withHeredoc.get(5).result()).isEmpty();
  }

  private static String resource() throws IOException {
    try (InputStream in =
        ShellScriptCorpusTest.class.getResourceAsStream("official-images.Dockerfile")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
