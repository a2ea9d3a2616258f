package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3048Test {

  @Test
  void invalidKeys() {
    LintTestHelper.forRule(DL3048.class)
        .source(
            """
            FROM alpine:3.20
            #> DL3048@7: Invalid label key.
            #> DL3048@30: Invalid label key.
            LABEL com.docker.label="foo" .invalid=x
            #> DL3048@7: Invalid label key.
            LABEL invalid$character="foo"
            #> DL3048@7: Invalid label key.
            #> DL3048@28: Invalid label key.
            LABEL invalid..character=1 Upper=2
            LABEL org.valid-key.label3="foo" validlabel="foo" "quoted.key"=1
            """)
        .doTest();
  }

  @Test
  void knownVariablesAreExpanded() {
    LintTestHelper.forRule(DL3048.class)
        .source(
            """
            FROM alpine:3.20
            ARG PREFIX=org.example
            ARG BAD=-bad
            LABEL ${PREFIX}.version=1
            #> DL3048@7: Invalid label key.
            LABEL ${BAD}=1
            """)
        .doTest();
  }
}
