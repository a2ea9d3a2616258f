package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class UndefinedVarTest {

  @Test
  void usedBeforeItIsDeclared() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source(
            """
            FROM scratch
            #> UndefinedVar@6: Usage of undefined variable '$SRC'
            COPY $SRC /app/
            ARG SRC=.
            COPY $SRC /app/
            """)
        .doTest();
  }

  @Test
  void suggestsACloseNameInScope() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source(
            """
            FROM scratch
            ENV APP_HOME=/app
            #> UndefinedVar@9: Usage of undefined variable '$APP_HOM' (did you mean $APP_HOME?)
            WORKDIR $APP_HOM
            #> UndefinedVar@10: Usage of undefined variable '$PAHT' (did you mean $PATH?)
            ENV PATH=$PAHT:/app/bin
            """)
        .doTest();
  }

  @Test
  void argWithoutValueCountsAsDefined() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source("FROM scratch\nARG SUFFIX\nCOPY app${SUFFIX} /app\n")
        .expectNoFindings();
  }

  @Test
  void shellFormCommandsAreLeftToTheShell() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source(
            """
            FROM scratch
            RUN echo $NOPE
            CMD echo $NOPE
            ENTRYPOINT ["echo", "$NOPE"]
            HEALTHCHECK CMD curl $NOPE
            """)
        .expectNoFindings();
  }

  @Test
  void flagsHeredocsAndMountsAreChecked() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source(
            """
            FROM scratch
            #> UndefinedVar@14: Usage of undefined variable '$OWNER'
            COPY --chown=$OWNER <<EOF /etc/motd
            #> UndefinedVar@7: Usage of undefined variable '$GREETING'
            hello ${GREETING}
            EOF
            #> UndefinedVar@31: Usage of undefined variable '$CACHE_DIR'
            RUN --mount=type=cache,target=$CACHE_DIR make
            """)
        .doTest();
  }

  @Test
  void scopeFollowsStagesAndTriggers() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source(
            """
            FROM scratch AS base
            ENV APP=/app
            ONBUILD ENV EXTRA=/extra
            #> UndefinedVar@17: Usage of undefined variable '$MISSING'
            ONBUILD WORKDIR $MISSING
            FROM base
            COPY . $APP$EXTRA
            FROM base AS second
            FROM scratch
            #> UndefinedVar@8: Usage of undefined variable '$APP'
            COPY . $APP
            """)
        .doTest();
  }

  @Test
  void referenceInAContinuedValueIsPinpointed() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source(
            """
            FROM scratch
            ENV PACKAGES="curl \\
            #> UndefinedVar@9: Usage of undefined variable '$EXTRA_PACKAGES'
                git $EXTRA_PACKAGES"
            """)
        .doTest();
  }

  @Test
  void officialImageVariablesAreAssumedForUnknownImages() {
    LintTestHelper.forRule(UndefinedVar.class)
        .source(
            """
            FROM python:3.12
            ENV PIP_ROOT=$HOME/.pip PY=$PYTHON_VERSION
            #> UndefinedVar@9: Usage of undefined variable '$WORK_DIR'
            WORKDIR $WORK_DIR
            FROM scratch
            #> UndefinedVar@9: Usage of undefined variable '$HOME'
            WORKDIR $HOME
            """)
        .doTest();
  }
}
