package dev.dfkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.CacheSharing;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.MountType;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.UnknownInstruction;
import dev.dfkit.parser.ast.User;
import dev.dfkit.parser.ast.Word;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The typed tree for each instruction, compared field by field (ranges are in RangeTest). */
class ParserTreeTest {

  private static Instruction only(String text) {
    ParseResult r = DockerfileParser.parse(text);
    List<Instruction> all = r.dockerfile().instructions();
    return all.get(all.size() - 1);
  }

  private static List<String> values(List<Word> words) {
    return words.stream().map(Word::value).toList();
  }

  @Nested
  class FromInstruction {
    @Test
    void imageStageNameAndPlatform() {
      From from = (From) only("FROM --platform=$BUILDPLATFORM golang:1.22 AS Builder\n");
      assertThat(from.image().value()).isEqualTo("golang:1.22");
      assertThat(from.stageName()).contains("builder");
      assertThat(from.stageNameWord().map(Word::value)).contains("Builder");
      assertThat(from.fromFlags().platform().map(f -> f.value())).contains("$BUILDPLATFORM");
    }

    @Test
    void keywordsAreCaseInsensitiveAndKeptAsWritten() {
      From from = (From) only("from alpine as base");
      assertThat(from.keyword().text()).isEqualTo("from");
      assertThat(from.keyword().canonical()).isEqualTo("FROM");
      assertThat(from.stageName()).contains("base");
    }
  }

  @Nested
  class RunInstruction {
    @Test
    void shellFormKeepsContinuedLinesIndentationAndDropsInnerComments() {
      Run run =
          (Run)
              only(
                  """
                  FROM a
                  RUN apt-get update \\
                      # refresh first
                      && apt-get install -y curl
                  """);
      ShellForm shell = (ShellForm) run.command();
      assertThat(shell.text()).isEqualTo("apt-get update     && apt-get install -y curl");
      assertThat(run.syntax().innerComments())
          .singleElement()
          .satisfies(c -> assertThat(c.text()).isEqualTo("# refresh first"));
      assertThat(run.syntax().continuations()).hasSize(1);
    }

    @Test
    void execFormDecodesJsonStrings() {
      Run run = (Run) only("FROM a\nRUN [\"echo\", \"a\\tb\", \"\\u00e9\"]");
      ExecForm exec = (ExecForm) run.command();
      assertThat(values(exec.arguments())).containsExactly("echo", "a\tb", "é");
      assertThat(run.syntax().execForm()).isTrue();
    }

    @Test
    void invalidJsonFallsBackToShellForm() {
      Run run = (Run) only("FROM a\nRUN [\"echo\", 'x']");
      assertThat(run.command()).isInstanceOf(ShellForm.class);
      assertThat(((ShellForm) run.command()).text()).isEqualTo("[\"echo\", 'x']");
    }

    @Test
    void mountsOfEveryTypeWithDefaults() {
      Run run =
          (Run)
              only(
                  "FROM a\nRUN --mount=type=cache,target=/root/.cache,sharing=locked,id=pip"
                      + " --mount=target=/src --mount=type=secret,id=token,required"
                      + " --mount=type=ssh --mount=type=tmpfs,target=/t,size=64m"
                      + " --network=none --security=insecure --device=vendor.com/gpu=all,required"
                      + " make");
      List<Mount> mounts = run.runFlags().mounts();
      assertThat(mounts)
          .extracting(Mount::type)
          .containsExactly(
              MountType.CACHE, MountType.BIND, MountType.SECRET, MountType.SSH, MountType.TMPFS);
      Mount cache = mounts.get(0);
      assertThat(cache.readOnly()).isFalse();
      assertThat(cache.sharing()).contains(CacheSharing.LOCKED);
      assertThat(cache.cacheId()).contains("pip");
      assertThat(mounts.get(1).readOnly()).isTrue();
      assertThat(mounts.get(1).target()).contains("/src");
      assertThat(mounts.get(2).required()).isTrue();
      assertThat(mounts.get(2).readOnly()).isTrue();
      assertThat(mounts.get(4).sizeBytes().getAsLong()).isEqualTo(64L << 20);
      assertThat(run.runFlags().networkMode()).isEqualTo("none");
      assertThat(run.runFlags().securityMode()).isEqualTo("insecure");
      assertThat(run.runFlags().devices())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.name()).isEqualTo("vendor.com/gpu=all");
                assertThat(d.required()).isTrue();
              });
    }

    @Test
    void mountValuesWithVariablesAreKeptForTheBuild() {
      Run run = (Run) only("FROM a\nRUN --mount=type=cache,target=$DIR,mode=$MODE true");
      Mount m = run.runFlags().mounts().get(0);
      assertThat(m.target()).contains("$DIR");
      assertThat(m.mode()).isEmpty();
    }
  }

  @Test
  void cmdWithNoArgumentsIsAnEmptyShellForm() {
    Cmd cmd = (Cmd) only("FROM a\nCMD");
    assertThat(cmd.command().isEmpty()).isTrue();
  }

  @Test
  void envNewAndLegacyForms() {
    Env env = (Env) only("FROM a\nENV A=1 B=\"two words\" C=x\\ y");
    assertThat(env.pairs())
        .extracting(p -> p.key().value() + "|" + p.value().value())
        .containsExactly("A|1", "B|\"two words\"", "C|x\\ y");
    Env legacy = (Env) only("FROM a\nENV PATH /usr/local/bin:$PATH");
    KeyValue kv = legacy.pairs().get(0);
    assertThat(kv.legacy()).isTrue();
    assertThat(kv.value().value()).isEqualTo("/usr/local/bin:$PATH");
  }

  @Test
  void labelPairs() {
    Label label = (Label) only("FROM a\nLABEL org.opencontainers.image.title=\"x y\" version=1");
    assertThat(label.pairs())
        .extracting(p -> p.key().value())
        .containsExactly("org.opencontainers.image.title", "version");
  }

  @Test
  void argNamesAndDefaults() {
    Arg arg = (Arg) only("ARG VERSION=1.2 TARGETOS \"Q=a b\"");
    assertThat(arg.declarations())
        .extracting(d -> d.name().value())
        .containsExactly("VERSION", "TARGETOS", "\"Q");
    ArgDeclaration version = arg.declarations().get(0);
    assertThat(version.defaultValue().map(Word::value)).contains("1.2");
    assertThat(arg.declarations().get(1).defaultValue()).isEmpty();
  }

  @Test
  void copyFlagsSourcesAndDestination() {
    Copy copy =
        (Copy)
            only(
                "FROM a\nCOPY --from=build --chown=app:app --chmod=0755 --link --parents"
                    + " --exclude=*.md --exclude=tmp ./a ./b /dst/");
    assertThat(copy.copyFlags().from().map(f -> f.value())).contains("build");
    assertThat(copy.copyFlags().isLink()).isTrue();
    assertThat(copy.copyFlags().isParents()).isTrue();
    assertThat(copy.copyFlags().exclude())
        .extracting(f -> f.value())
        .containsExactly("*.md", "tmp");
    assertThat(values(copy.sources())).containsExactly("./a", "./b");
    assertThat(copy.destination().value()).isEqualTo("/dst/");
  }

  @Test
  void addFlags() {
    Add add =
        (Add)
            only(
                "FROM a\nADD --checksum=sha256:abc --keep-git-dir=true --unpack=false"
                    + " https://example.com/x.tar.gz /x");
    assertThat(add.addFlags().checksum().map(f -> f.value())).contains("sha256:abc");
    assertThat(add.addFlags().keepGitDirValue()).contains(true);
    assertThat(add.addFlags().unpackValue()).contains(false);
  }

  @Test
  void copyHeredocSource() {
    Copy copy = (Copy) only("FROM a\nCOPY <<EOF /etc/motd\nhello\nEOF\n");
    assertThat(values(copy.sources())).containsExactly("<<EOF");
    assertThat(copy.syntax().heredocs())
        .singleElement()
        .satisfies(h -> assertThat(h.content()).isEqualTo("hello\n"));
  }

  @Test
  void healthcheckCmdAndNone() {
    Healthcheck h =
        (Healthcheck)
            only("FROM a\nHEALTHCHECK --interval=1m30s --retries=3 CMD curl -f http://localhost/");
    assertThat(h.isNone()).isFalse();
    assertThat(h.healthcheckFlags().intervalDuration()).contains(Duration.ofSeconds(90));
    assertThat(h.healthcheckFlags().retryCount()).contains(3);
    assertThat(((ShellForm) h.command().orElseThrow()).text())
        .isEqualTo("curl -f http://localhost/");
    assertThat(((Healthcheck) only("FROM a\nHEALTHCHECK NONE")).isNone()).isTrue();
  }

  @Test
  void shellNeedsJson() {
    Shell shell = (Shell) only("FROM a\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]");
    assertThat(values(shell.shell())).containsExactly("/bin/bash", "-eo", "pipefail", "-c");
  }

  @Test
  void userAndGroup() {
    User user = (User) only("FROM a\nUSER app:staff");
    assertThat(user.userName()).isEqualTo("app");
    assertThat(user.group()).contains("staff");
  }

  @Test
  void onbuildWrapsATypedTriggerWithItsHeredoc() {
    Onbuild onbuild = (Onbuild) only("FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\n");
    Run trigger = (Run) onbuild.trigger().orElseThrow();
    assertThat(((ShellForm) trigger.command()).text()).isEqualTo("<<EOF");
    assertThat(trigger.syntax().heredocs())
        .singleElement()
        .satisfies(h -> assertThat(h.content()).isEqualTo("echo hi\n"));
  }

  @Test
  void unknownInstructionIsKept() {
    UnknownInstruction u = (UnknownInstruction) only("FROM a\nFORM b c");
    assertThat(u.name()).isEqualTo("FORM");
    assertThat(u.syntax().line().text()).isEqualTo("FORM b c");
  }

  @Test
  void keywordOnlyAtTheStartOfAnInstruction() {
    ParseResult r = DockerfileParser.parse("FROM a\nRUN echo from \\\n  FROM b");
    assertThat(r.dockerfile().instructions()).hasSize(2);
    assertThat(((ShellForm) ((Run) r.dockerfile().instructions().get(1)).command()).text())
        .isEqualTo("echo from   FROM b");
  }

  @Test
  void commentsOnlyAtLineStart() {
    Run run = (Run) only("FROM a\nRUN echo # not a comment");
    assertThat(((ShellForm) run.command()).text()).isEqualTo("echo # not a comment");
  }

  @Test
  void stagesAndGlobalArgs() {
    ParseResult r =
        DockerfileParser.parse(
            "ARG BASE=alpine\nFROM $BASE AS build\nRUN make\nFROM scratch\nCOPY --from=build /a /a\n");
    assertThat(r.dockerfile().globalArgs()).hasSize(1);
    List<Stage> stages = r.dockerfile().stages();
    assertThat(stages).hasSize(2);
    assertThat(stages.get(0).name()).contains("build");
    assertThat(stages.get(0).instructions()).hasSize(1);
    assertThat(stages.get(1).index()).isEqualTo(1);
    assertThat(r.dockerfile().stage("BUILD")).contains(stages.get(0));
    assertThat(r.dockerfile().stage("1")).contains(stages.get(1));
  }

  @Test
  void precedingCommentsFollowBuildKit() {
    ParseResult r =
        DockerfileParser.parse(
            "# syntax=docker/dockerfile:1\n# one\n\n# two\nFROM a\n# reset\n#\n# kept\nRUN x\n");
    List<Instruction> is = r.dockerfile().instructions();
    assertThat(is.get(0).syntax().precedingComments())
        .extracting(c -> c.content())
        .containsExactly("one", "two");
    assertThat(is.get(1).syntax().precedingComments())
        .extracting(c -> c.content())
        .containsExactly("kept");
  }

  @Test
  void backtickEscapeDirective() {
    ParseResult r = DockerfileParser.parse("# escape=`\nFROM a\nRUN dir c:\\ `\n  /s\n");
    assertThat(r.dockerfile().escape()).isEqualTo('`');
    Run run = (Run) r.dockerfile().instructions().get(1);
    assertThat(((ShellForm) run.command()).text()).isEqualTo("dir c:\\   /s");
  }

  @Test
  void crlfLineEndings() {
    ParseResult r = DockerfileParser.parse("FROM a\r\nRUN a \\\r\n  b\r\n");
    Run run = (Run) r.dockerfile().instructions().get(1);
    assertThat(((ShellForm) run.command()).text()).isEqualTo("a   b");
    assertThat(r.dockerfile().print()).isEqualTo("FROM a\r\nRUN a \\\r\n  b\r\n");
  }
}
