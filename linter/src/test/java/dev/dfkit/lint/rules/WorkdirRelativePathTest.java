package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class WorkdirRelativePathTest {

  @Test
  void firstRelativeWorkdirOfAStage() {
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source(
            """
            FROM alpine
            #> WorkdirRelativePath@9: Relative workdir "app" can have unexpected results if the base image changes
            WORKDIR app
            WORKDIR src
            """)
        .doTest();
  }

  @Test
  void absoluteFirstMakesLaterRelativeOnesFine() {
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source("FROM alpine\nWORKDIR /app\nWORKDIR src\n")
        .expectNoFindings();
  }

  @Test
  void aWindowsDrivePathIsAbsolute() {
    // docker-library's golang nanoserver image: ENV GOPATH C:\go, then WORKDIR $GOPATH
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source(
            """
            FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
            ENV GOPATH C:\\\\go
            WORKDIR $GOPATH
            FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
            WORKDIR c:/app
            FROM alpine
            #> WorkdirRelativePath@9: Relative workdir "C:go" can have unexpected results if the base image changes
            WORKDIR C:go
            """)
        .doTest();
  }

  @Test
  void inheritedFromTheParentStage() {
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source(
            """
            FROM alpine AS base
            WORKDIR /app
            FROM base
            WORKDIR src
            FROM alpine
            #> WorkdirRelativePath@9: Relative workdir "src" can have unexpected results if the base image changes
            WORKDIR src
            """)
        .doTest();
  }

  @Test
  void checkedAfterExpansion() {
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source(
            """
            FROM scratch
            ARG DIR=app
            #> WorkdirRelativePath@9: Relative workdir "app/src" can have unexpected results if the base image changes
            WORKDIR $DIR/src
            FROM scratch
            ARG ROOT=/srv
            WORKDIR $ROOT/app
            """)
        .doTest();
  }

  @Test
  void variableOfficialImagesSetIsGivenTheBenefitOfTheDoubt() {
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source("FROM eclipse-temurin\nWORKDIR $JAVA_HOME\n")
        .expectNoFindings();
  }

  @Test
  void otherUnsetVariablesExpandToNothing() {
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source(
            """
            FROM alpine
            #> WorkdirRelativePath@9: Relative workdir "" can have unexpected results if the base image changes
            WORKDIR $APP_DIR
            """)
        .doTest();
  }

  @Test
  void triggersAreCheckedWhereTheyRun() {
    LintTestHelper.forRule(WorkdirRelativePath.class)
        .source(
            """
            FROM alpine AS base
            #> WorkdirRelativePath@17: Relative workdir "app" can have unexpected results if the base image changes
            ONBUILD WORKDIR app
            FROM base
            WORKDIR data
            """)
        .doTest();
  }
}
