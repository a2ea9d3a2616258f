package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3058Test {

  private static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("maintainer", LabelType.EMAIL, "other", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void notAnEmail() {
    LintTestHelper.forRule(DL3058.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            #> DL3058@18: Label `maintainer` is not a valid email format - must conform to RFC5322.
            LABEL maintainer="not-email"
            #> DL3058@18: Label `maintainer` is not a valid email format - must conform to RFC5322.
            LABEL maintainer="Jane <jane@example.com>"
            LABEL maintainer="abcd@google.com"
            LABEL maintainer=first.last+tag@sub.example.org
            """)
        .doTest();
  }
}
