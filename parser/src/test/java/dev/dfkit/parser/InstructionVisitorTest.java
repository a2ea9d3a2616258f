package dev.dfkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.ast.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstructionVisitorTest {

  /** Names each instruction by the visit method that received it. */
  private static final class Names implements InstructionVisitor<String, Void> {
    public String visitFrom(From i, Void c) {
      return "from";
    }

    public String visitRun(Run i, Void c) {
      return "run";
    }

    public String visitCmd(Cmd i, Void c) {
      return "cmd";
    }

    public String visitLabel(Label i, Void c) {
      return "label";
    }

    public String visitMaintainer(Maintainer i, Void c) {
      return "maintainer";
    }

    public String visitExpose(Expose i, Void c) {
      return "expose";
    }

    public String visitEnv(Env i, Void c) {
      return "env";
    }

    public String visitAdd(Add i, Void c) {
      return "add";
    }

    public String visitCopy(Copy i, Void c) {
      return "copy";
    }

    public String visitEntrypoint(Entrypoint i, Void c) {
      return "entrypoint";
    }

    public String visitVolume(Volume i, Void c) {
      return "volume";
    }

    public String visitUser(User i, Void c) {
      return "user";
    }

    public String visitWorkdir(Workdir i, Void c) {
      return "workdir";
    }

    public String visitArg(Arg i, Void c) {
      return "arg";
    }

    public String visitOnbuild(Onbuild i, Void c) {
      return "onbuild(" + i.trigger().map(t -> t.accept(this, c)).orElse("") + ")";
    }

    public String visitStopsignal(Stopsignal i, Void c) {
      return "stopsignal";
    }

    public String visitHealthcheck(Healthcheck i, Void c) {
      return "healthcheck";
    }

    public String visitShell(Shell i, Void c) {
      return "shell";
    }

    public String visitUnknown(UnknownInstruction i, Void c) {
      return "unknown:" + i.name();
    }
  }

  @Test
  void everyInstructionTypeReachesItsOwnMethod() {
    String text =
        """
        ARG A
        FROM x
        RUN a
        CMD b
        LABEL k=v
        MAINTAINER me
        EXPOSE 80
        ENV E=1
        ADD a b
        COPY a b
        ENTRYPOINT ["e"]
        VOLUME /v
        USER u
        WORKDIR /w
        ONBUILD RUN c
        STOPSIGNAL SIGTERM
        HEALTHCHECK NONE
        SHELL ["sh", "-c"]
        BOGUS z
        """;
    List<String> names =
        DockerfileParser.parse(text).dockerfile().instructions().stream()
            .map(i -> i.accept(new Names(), null))
            .toList();
    assertThat(names)
        .containsExactly(
            "arg",
            "from",
            "run",
            "cmd",
            "label",
            "maintainer",
            "expose",
            "env",
            "add",
            "copy",
            "entrypoint",
            "volume",
            "user",
            "workdir",
            "onbuild(run)",
            "stopsignal",
            "healthcheck",
            "shell",
            "unknown:BOGUS");
  }
}
