package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.rules.RunCommand.Argument;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command model the RUN rules share: names, arguments, values. */
class RunScriptsTest {

  @Test
  void wrappersAreLookedThroughButNotSudo() {
    List<RunCommand> commands =
        commands("RUN busybox wget x && command apt-get update && command -v curl && sudo ls");
    assertThat(commands)
        .extracting(RunCommand::name)
        .containsExactly("wget", "apt-get", "command", "sudo");
    assertThat(commands.get(0).arguments()).extracting(a -> a.value().get()).containsExactly("x");
  }

  @Test
  void execFormIsOneCommandWithItsWordsAsTheyAre() {
    RunCommand c = commands("RUN [\"apt-get\", \"install\", \"$PKG\"]").get(0);
    assertThat(c.name()).isEqualTo("apt-get");
    assertThat(c.arguments()).extracting(a -> a.value().get()).containsExactly("install", "$PKG");
    assertThat(c.arguments().get(0).word()).isEmpty(); // no insertion fix in JSON
  }

  @Test
  void unquotedVariablesSplitIntoWordsQuotedOnesDoNot() {
    List<Argument> args =
        commands("ARG A=\"x y\"\nRUN cmd $A \"$A\" pre${A}post '$A'").get(0).arguments();
    assertThat(args)
        .extracting(a -> a.value().get())
        .containsExactly("x", "y", "x y", "prex", "ypost", "$A");
    assertThat(args)
        .extracting(Argument::expanded)
        .containsExactly(true, true, true, true, true, false);
  }

  @Test
  void valuesTheFileDoesNotGiveAreUnknown() {
    List<Argument> args =
        commands(
                "ARG NODEFAULT\nENV KNOWN=1\n"
                    + "RUN for p in a; do cmd $KNOWN $NODEFAULT $HOME ${KNOWN:-2} $(date) $p; done")
            .stream()
            .filter(c -> c.is("cmd"))
            .findFirst()
            .get()
            .arguments();
    assertThat(args)
        .extracting(Argument::value)
        .containsExactly(
            Optional.of("1"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
  }

  @Test
  void onlyPlainNamesTakeTheirValue() {
    List<Argument> args =
        commands("ARG _B2=v\nRUN cmd ${_B2} $_B2 ${_B2}x ${_B2:-} $1 ${1} ${#_B2} $_B2$_B2")
            .get(0)
            .arguments();
    assertThat(args)
        .extracting(Argument::value)
        .containsExactly(
            Optional.of("v"),
            Optional.of("v"),
            Optional.of("vx"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("vv"));
  }

  @Test
  void variablesTheScriptSetsAreUnknown() {
    List<Argument> args = commands("ENV V=1\nRUN export V=2 && cmd $V").get(1).arguments();
    assertThat(args.get(0).value()).isEmpty();
  }

  @Test
  void flagsAsHadolintReadsThem() {
    RunCommand c =
        commands("RUN apt-get -yq --target-release=x -t bookworm install - -- pkg").get(0);
    assertThat(c.hasFlag("y")).isTrue();
    assertThat(c.countFlag("q")).isEqualTo(1);
    assertThat(c.hasFlag("target-release")).isTrue();
    assertThat(c.operands(java.util.Set.of("t", "target-release")))
        .extracting(a -> a.value().get())
        .containsExactly("install", "pkg");
  }

  @Test
  void eachRunIsReadOnce() {
    Dockerfile file = parse("RUN apt-get update\nONBUILD RUN apt-get install x");
    RunScripts scripts = RunScripts.of(file);
    Run run = (Run) file.instructions().get(1);
    assertThat(scripts.of(run)).isSameAs(scripts.of(run));
    assertThat(scripts.triggers()).hasSize(1).allMatch(RunScript::trigger);
    assertThat(scripts.triggers()).isSameAs(scripts.triggers());
  }

  private static List<RunCommand> commands(String lines) {
    Dockerfile file = parse(lines);
    Instruction last = file.instructions().get(file.instructions().size() - 1);
    return RunScripts.of(file).of((Run) last).commands();
  }

  private static Dockerfile parse(String lines) {
    return DockerfileParser.parse("FROM debian:12\n" + lines + "\n", "Dockerfile").dockerfile();
  }
}
