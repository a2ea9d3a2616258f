package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3061Test {

  private static final String MESSAGE =
      "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.";

  @Test
  void instructionsBeforeTheFirstFrom() {
    LintTestHelper.forRule(DL3061.class)
        .source(
            """
            # syntax=docker/dockerfile:1
            ARG A=B
            #> DL3061@1: %s
            LABEL foo=bar
            FROM foo:1
            LABEL foo=bar
            """
                .formatted(MESSAGE))
        .doTest();
  }
}
