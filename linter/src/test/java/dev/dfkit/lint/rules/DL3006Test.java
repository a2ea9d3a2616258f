package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3006Test {

  @Test
  void untaggedImages() {
    LintTestHelper.forRule(DL3006.class)
        .source(
            """
            #> DL3006@6: Always tag the version of an image explicitly
            FROM debian
            #> DL3006@6: Always tag the version of an image explicitly
            FROM localhost:5000/team/app AS builder
            FROM ruby:2
            FROM ruby@sha256:f1dbca0f5dbc9
            FROM scratch
            """)
        .doTest();
  }

  @Test
  void earlierStagesNeedNoTag() {
    LintTestHelper.forRule(DL3006.class)
        .source(
            """
            FROM golang:1.22 AS build
            FROM Build AS unit-test
            #> DL3006@6: Always tag the version of an image explicitly
            FROM node AS later
            """)
        .doTest();
  }

  @Test
  void globalArgDefaultsAreResolved() {
    LintTestHelper.forRule(DL3006.class)
        .source(
            """
            ARG BASE=debian
            ARG TAGGED=debian:12
            ARG UNSET
            #> DL3006@6: Always tag the version of an image explicitly (image: debian)
            FROM ${BASE}
            FROM ${TAGGED}
            FROM ${UNSET}
            FROM ${NOT_DECLARED}
            """)
        .doTest();
  }
}
