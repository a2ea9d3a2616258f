package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class SecretsUsedInArgOrEnvTest {

  @Test
  void secretLookingNames() {
    LintTestHelper.forRule(SecretsUsedInArgOrEnv.class)
        .source(
            """
            FROM alpine
            #> SecretsUsedInArgOrEnv@5: Do not use ARG or ENV instructions for sensitive data (ARG "GITHUB_TOKEN")
            ARG GITHUB_TOKEN
            #> SecretsUsedInArgOrEnv@5: Do not use ARG or ENV instructions for sensitive data (ENV "db_Password")
            #> SecretsUsedInArgOrEnv@19: Do not use ARG or ENV instructions for sensitive data (ENV "AUTH")
            ENV db_Password=x AUTH=y
            """)
        .doTest();
  }

  @Test
  void allowedAndNonSecretNames() {
    LintTestHelper.forRule(SecretsUsedInArgOrEnv.class)
        .source(
            """
            FROM alpine
            ARG PUBLIC_KEY GPG_KEY_FILE TOKEN_VERSION
            ENV KEYBOARD=us MONKEY=1 tokens=2
            """)
        .expectNoFindings();
  }

  @Test
  void globalArgsAreNotChecked() {
    LintTestHelper.forRule(SecretsUsedInArgOrEnv.class)
        .source("ARG NPM_TOKEN\nFROM alpine\n")
        .expectNoFindings();
  }

  @Test
  void envNamesAreExpanded() {
    LintTestHelper.forRule(SecretsUsedInArgOrEnv.class)
        .source(
            """
            FROM alpine
            ARG PREFIX=DB
            #> SecretsUsedInArgOrEnv@5: Do not use ARG or ENV instructions for sensitive data (ENV "DB_SECRET")
            ENV ${PREFIX}_SECRET=x
            """)
        .doTest();
  }

  @Test
  void checkSkipCommentSilencesOneInstruction() {
    LintTestHelper.forRule(SecretsUsedInArgOrEnv.class)
        .source(
            """
            FROM alpine
            # check=skip=SecretsUsedInArgOrEnv
            ARG API_KEY
            #> SecretsUsedInArgOrEnv@5: Do not use ARG or ENV instructions for sensitive data (ARG "API_KEY")
            ARG API_KEY
            """)
        .doTest();
  }
}
