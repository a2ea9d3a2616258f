package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class JSONArgsRecommendedTest {

  @Test
  void shellFormCmdAndEntrypoint() {
    LintTestHelper.forRule(JSONArgsRecommended.class)
        .source(
            """
            FROM alpine
            #> JSONArgsRecommended@12: JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals
            ENTRYPOINT my-app serve
            #> JSONArgsRecommended@5: JSON arguments recommended for cmd to prevent unintended behavior related to OS signals
            cmd serve --port 80
            CMD ["serve", "--port", "80"]
            """)
        .doTest();
  }

  @Test
  void shellInstructionSaysTheShellIsWanted() {
    LintTestHelper.forRule(JSONArgsRecommended.class)
        .source(
            """
            FROM alpine
            #> JSONArgsRecommended@5: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals
            CMD before shell
            SHELL ["/bin/bash", "-c"]
            CMD after shell
            """)
        .doTest();
  }

  @Test
  void shellIsInheritedFromTheParentStage() {
    LintTestHelper.forRule(JSONArgsRecommended.class)
        .source(
            """
            FROM alpine AS base
            SHELL ["/bin/bash", "-c"]
            FROM base
            CMD echo inherited
            FROM alpine
            #> JSONArgsRecommended@5: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals
            CMD echo fresh
            """)
        .doTest();
  }

  @Test
  void triggersAreCheckedWhereTheyRun() {
    LintTestHelper.forRule(JSONArgsRecommended.class)
        .source(
            """
            FROM alpine AS base
            #> JSONArgsRecommended@13: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals
            ONBUILD CMD my-app
            FROM base
            FROM alpine AS unused
            ONBUILD CMD never-run
            """)
        .doTest();
  }

  @Test
  void fixWritesPlainWordsAsJsonWhenNothingElseChanges() {
    assertThat(
            LintTestHelper.forRule(JSONArgsRecommended.class)
                .source("FROM scratch\nCMD /usr/bin/my-app --port=80 serve\n")
                .fixed())
        .isEqualTo("FROM scratch\nCMD [\"/usr/bin/my-app\", \"--port=80\", \"serve\"]\n");
  }

  @Test
  void noFixWhereTheExecFormWouldRunSomethingElse() {
    // ENTRYPOINT: shell form ignores CMD, exec form appends it. CMD after an image that may have an
    // ENTRYPOINT: the entrypoint would get other arguments.
    String source = "FROM alpine\nENTRYPOINT /usr/bin/my-app serve\nCMD my-app\n";
    assertThat(LintTestHelper.forRule(JSONArgsRecommended.class).source(source).fixed())
        .isEqualTo(source);
  }

  @Test
  void noFixWhenTheShellDoesSomething() {
    String source =
        """
        FROM alpine
        CMD my-app "$PORT"
        CMD my-app && echo done
        CMD exec my-app
        CMD A=1 my-app
        CMD my-app *.txt
        """;
    assertThat(LintTestHelper.forRule(JSONArgsRecommended.class).source(source).fixed())
        .isEqualTo(source);
  }
}
