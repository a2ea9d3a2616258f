package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlayHintServiceTest {

  @Test
  void fromLinesShowGlobalArgValues() {
    String text = "ARG TAG=1.2\nARG IMAGE=alpine\nFROM ${IMAGE}:${TAG} AS base\n|";
    assertThat(AssistAssert.at(text).hintLabels()).containsExactly("2:13 = alpine", "2:20 = 1.2");
  }

  @Test
  void stagesShowOnlyWhatTheyDeclareAndDefaultsOfReferences() {
    String text =
        "ARG TAG=1.2\nFROM alpine\nRUN echo $TAG ${MODE:-fast}\nARG TAG\nENV V=$TAG\n"
            + "RUN echo $HOME $V|\n";
    assertThat(AssistAssert.at(text).hintLabels())
        .containsExactly("2:27 = fast", "4:10 = 1.2", "5:17 = 1.2");
  }

  @Test
  void platformArgsAndArgsWithoutValueGetNoHint() {
    String text = "FROM --platform=$BUILDPLATFORM alpine\nARG X\nRUN echo $X|\n";
    assertThat(AssistAssert.at(text).hintLabels()).isEmpty();
  }
}
