package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class UndefinedArgInFromTest {

  @Test
  void undeclaredVariableInImage() {
    LintTestHelper.forRule(UndefinedArgInFrom.class)
        .source(
            """
            ARG TAG=3.20
            #> UndefinedArgInFrom@20: FROM argument 'VARIANT' is not declared
            FROM alpine:${TAG}-$VARIANT
            """)
        .doTest();
  }

  @Test
  void suggestsACloseDeclaredName() {
    LintTestHelper.forRule(UndefinedArgInFrom.class)
        .source(
            """
            ARG ALPINE_VERSION=3.20
            #> UndefinedArgInFrom@13: FROM argument 'ALPINE_VERSON' is not declared (did you mean ALPINE_VERSION?)
            FROM alpine:${ALPINE_VERSON}
            #> UndefinedArgInFrom@17: FROM argument 'TARGETPLATFROM' is not declared (did you mean TARGETPLATFORM?)
            FROM --platform=$TARGETPLATFROM alpine
            """)
        .doTest();
  }

  @Test
  void declaredWithoutValueAndPredefinedAreFine() {
    LintTestHelper.forRule(UndefinedArgInFrom.class)
        .source(
            """
            ARG VARIANT
            FROM --platform=$BUILDPLATFORM alpine${VARIANT}
            """)
        .doTest();
  }

  @Test
  void aDefaultInTheReferenceDoesNotDeclareIt() {
    LintTestHelper.forRule(UndefinedArgInFrom.class)
        .source(
            """
            #> UndefinedArgInFrom@13: FROM argument 'TAG' is not declared
            FROM alpine:${TAG:-latest}
            """)
        .doTest();
  }

  @Test
  void stageArgsDoNotCount() {
    LintTestHelper.forRule(UndefinedArgInFrom.class)
        .source(
            """
            FROM alpine
            ARG IMAGE=busybox
            #> UndefinedArgInFrom@6: FROM argument 'IMAGE' is not declared
            FROM $IMAGE
            """)
        .doTest();
  }
}
