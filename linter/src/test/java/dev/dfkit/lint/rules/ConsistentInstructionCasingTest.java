package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class ConsistentInstructionCasingTest {

  @Test
  void minorityCaseIsReported() {
    LintTestHelper.forRule(ConsistentInstructionCasing.class)
        .source(
            """
            FROM alpine
            #> ConsistentInstructionCasing@1: Command 'run' should match the case of the command majority (uppercase)
            run echo hi
            COPY . /src
            """)
        .doTest();
  }

  @Test
  void mixedCaseKeywordIsAlwaysReported() {
    LintTestHelper.forRule(ConsistentInstructionCasing.class)
        .source(
            """
            from alpine
            #> ConsistentInstructionCasing@1: Command 'Run' should match the case of the command majority (lowercase)
            Run echo hi
            copy . /src
            """)
        .doTest();
  }

  @Test
  void tieCountsAsUppercase() {
    LintTestHelper.forRule(ConsistentInstructionCasing.class)
        .source(
            """
            FROM alpine
            #> ConsistentInstructionCasing@1: Command 'run' should match the case of the command majority (uppercase)
            run echo hi
            """)
        .doTest();
  }

  @Test
  void globalArgsAndTriggersAreNotCounted() {
    LintTestHelper.forRule(ConsistentInstructionCasing.class)
        .source("arg VERSION=1\narg BASE=alpine\nFROM alpine\nONBUILD run echo hi\n")
        .expectNoFindings();
  }

  @Test
  void fixRecasesTheKeyword() {
    assertThat(
            LintTestHelper.forRule(ConsistentInstructionCasing.class)
                .source("from alpine\nRUN echo hi\nCopy . /src\ncopy a b\n")
                .fixed())
        .isEqualTo("from alpine\nrun echo hi\ncopy . /src\ncopy a b\n");
  }
}
