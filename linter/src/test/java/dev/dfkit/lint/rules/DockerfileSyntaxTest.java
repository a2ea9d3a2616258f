package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxTest {

  @Test
  void parserErrorsAndBadCheckDirective() {
    LintTestHelper.forRule(DockerfileSyntax.class)
        .source(
            """
            #> DockerfileSyntax@9: invalid check option "skp"
            # check=skp=StageNameCasing
            FROM alpine
            #> DockerfileSyntax@6: unknown flag: --fromm (did you mean from?)
            COPY --fromm=x a b
            #> DockerfileSyntax@5: ENV must have two arguments
            ENV PATH
            """)
        .doTest();
  }

  @Test
  void validFileIsClean() {
    LintTestHelper.forRule(DockerfileSyntax.class)
        .source("FROM alpine\nRUN echo hi\n")
        .expectNoFindings();
  }
}
