package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3021Test {

  @Test
  void severalSourcesNeedADirectory() {
    LintTestHelper.forRule(DL3021.class)
        .source(
            """
            FROM alpine:3.20
            COPY foo bar
            #> DL3021@14: COPY with more than 2 arguments requires the last argument to end with /
            COPY foo bar baz
            #> DL3021@14: COPY with more than 2 arguments requires the last argument to end with /
            COPY foo bar "baz"
            COPY foo bar baz/
            COPY foo bar "baz/"
            """)
        .doTest();
  }

  @Test
  void variableDestinationsWhenKnown() {
    LintTestHelper.forRule(DL3021.class)
        .source(
            """
            FROM alpine:3.20
            ARG DIR=/app/
            ENV FILE=/app/file
            COPY a b ${DIR}
            #> DL3021@10: COPY with more than 2 arguments requires the last argument to end with /
            COPY a b $FILE
            COPY a b $UNKNOWN
            """)
        .doTest();
  }

  @Test
  void aWindowsDirectoryEndsWithABackslash() {
    // docker-library's Windows images (mongo, for one) build this way: the builder takes the
    // platform's separator as the directory mark.
    LintTestHelper.forRule(DL3021.class)
        .source(
            """
            FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
            COPY C:\\\\a.dll C:\\\\b.dll C:\\\\Windows\\\\System32\\\\

            COPY a.dll b.dll C:/Windows/System32/
            #> DL3021@18: COPY with more than 2 arguments requires the last argument to end with /
            COPY a.dll b.dll C:/Windows/System32
            """)
        .doTest();
  }
}
