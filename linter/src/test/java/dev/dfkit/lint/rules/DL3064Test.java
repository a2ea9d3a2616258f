package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3064Test {

  private static final String MESSAGE =
      "Potentially sensitive data should not be used in the `ARG` or `ENV` commands";

  @Test
  void sensitiveNames() {
    LintTestHelper.forRule(DL3064.class)
        .source(
            """
            #> DL3064@5: %s
            ARG AWS_ACCESS_KEY_ID
            FROM debian:bookworm
            #> DL3064@5: %s
            ARG openai_api_key
            #> DL3064@12: %s
            ENV SAFE=1 my_password=abcdefghijklmnopqrstuvwxyz
            #> DL3064@13: %s
            ONBUILD ENV GITHUB_TOKEN=x
            ARG foobar
            ENV foobar=barfoo
            """
                .formatted(MESSAGE, MESSAGE, MESSAGE, MESSAGE))
        .doTest();
  }
}
