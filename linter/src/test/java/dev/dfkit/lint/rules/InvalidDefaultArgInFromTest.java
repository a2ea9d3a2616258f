package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class InvalidDefaultArgInFromTest {

  @Test
  void emptyTagOrImage() {
    LintTestHelper.forRule(InvalidDefaultArgInFrom.class)
        .source(
            """
            ARG TAG
            ARG IMAGE
            #> InvalidDefaultArgInFrom@6: Default value for ARG alpine:${TAG} results in empty or invalid base image name
            FROM alpine:${TAG}
            #> InvalidDefaultArgInFrom@6: Default value for ARG $IMAGE results in empty or invalid base image name
            FROM $IMAGE
            """)
        .doTest();
  }

  @Test
  void defaultsThatMakeAValidReference() {
    LintTestHelper.forRule(InvalidDefaultArgInFrom.class)
        .source(
            """
            ARG TAG=3.20
            ARG VARIANT
            ARG REGISTRY=registry.example.com:5000
            FROM alpine:${TAG}
            FROM alpine:3.20${VARIANT}
            FROM alpine:${MISSING:-latest}
            FROM ${REGISTRY}/team/app@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a
            """)
        .expectNoFindings();
  }

  @Test
  void upperCaseAndBadDigestAreInvalid() {
    LintTestHelper.forRule(InvalidDefaultArgInFrom.class)
        .source(
            """
            ARG NAME=Alpine
            #> InvalidDefaultArgInFrom@6: Default value for ARG ${NAME} results in empty or invalid base image name
            FROM ${NAME}
            ARG DIGEST=sha256:abc
            #> InvalidDefaultArgInFrom@6: Default value for ARG alpine@${DIGEST} results in empty or invalid base image name
            FROM alpine@${DIGEST}
            """)
        .doTest();
  }
}
