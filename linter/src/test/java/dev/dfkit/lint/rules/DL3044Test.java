package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3044Test {

  private static final String MESSAGE =
      "Do not refer to an environment variable within the same `ENV` statement where it is"
          + " defined.";

  @Test
  void referenceToANameSetInTheSameEnv() {
    LintTestHelper.forRule(DL3044.class)
        .source(
            """
            FROM alpine:3.20
            #> DL3044@24: %s
            ENV BLA="blubb" BLUBB="${BLA}/blubb"
            #> DL3044@30: %s
            ENV JAVA_HOME=/opt/java PATH=$JAVA_HOME/bin:$PATH
            #> DL3044@16: %s
            ENV A="a" B="x/$A/$AB/y"
            """
                .formatted(MESSAGE, MESSAGE, MESSAGE))
        .doTest();
  }

  @Test
  void partialNamesEarlierDefinitionsSelfReferencesAndSingleQuotes() {
    LintTestHelper.forRule(DL3044.class)
        .source(
            """
            FROM alpine:3.20
            ENV BLA="blubb" BLUBB="${FOOBLA}/$BLAFOO/BLA"
            ENV PATH=/bla:${PATH}
            ARG OLD
            ENV OLD=1 NEW=$OLD
            ENV X=1 Y='$X'
            """)
        .expectNoFindings();
  }
}
