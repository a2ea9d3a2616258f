package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class MultipleInstructionsDisallowedTest {

  @Test
  void earlierOneIsReportedWithTheLatersName() {
    LintTestHelper.forRule(MultipleInstructionsDisallowed.class)
        .source(
            """
            FROM alpine
            #> MultipleInstructionsDisallowed@1: Multiple cmd instructions should not be used in the same stage because only the last one will be used
            CMD ["a"]
            cmd ["b"]
            #> MultipleInstructionsDisallowed@1: Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used
            HEALTHCHECK CMD ["check"]
            HEALTHCHECK NONE
            """)
        .doTest();
  }

  @Test
  void eachStageCountsOnItsOwn() {
    LintTestHelper.forRule(MultipleInstructionsDisallowed.class)
        .source(
            """
            FROM alpine AS base
            ENTRYPOINT ["/a"]
            FROM base
            ENTRYPOINT ["/b"]
            CMD ["x"]
            """)
        .expectNoFindings();
  }

  @Test
  void triggerCountsInTheStageThatRunsIt() {
    LintTestHelper.forRule(MultipleInstructionsDisallowed.class)
        .source(
            """
            FROM alpine AS base
            #> MultipleInstructionsDisallowed@9: Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used
            ONBUILD ENTRYPOINT ["/a"]
            FROM base
            ENTRYPOINT ["/b"]
            """)
        .doTest();
  }
}
