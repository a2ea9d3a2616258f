package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextSecretExposedTest {

  @TempDir Path dir;

  private static final String[] FILES = {
    ".env",
    ".env.example",
    ".git/HEAD",
    ".git/config",
    ".aws/credentials",
    "config/id_rsa",
    "config/id_rsa.pub",
    "config/app.yaml",
    "certs/server.pem",
    "ca.pem",
    "src/main.go",
    "src/.npmrc",
  };

  private LintTestHelper context(String ignore) {
    Map<String, String> all = new HashMap<>();
    for (String f : FILES) {
      all.put(f, "");
    }
    if (ignore != null) {
      all.put(".dockerignore", ignore);
    }
    return LintTestHelper.forRule(ContextSecretExposed.class).inContext(dir, "Dockerfile", all);
  }

  @Test
  void copyingTheWholeContext() {
    context(null)
        .source(
            """
            FROM scratch
            #> ContextSecretExposed@6: COPY . sends secrets from the build context into the image: .aws/credentials, .env, .git/ and 4 more; exclude them in .dockerignore
            COPY . /app
            #> ContextSecretExposed@5: ADD ./ sends secrets from the build context into the image: .aws/credentials, .env, .git/ and 4 more; exclude them in .dockerignore
            ADD ./ /app
            """)
        .doTest();
  }

  @Test
  void ignoredSecretsAreNotReported() {
    context(".git\n.env\n.aws\n**/*.pem\nconfig/id_*\n!config/id_rsa.pub\n**/.npmrc\n")
        .source("FROM scratch\nCOPY . /app\n")
        .expectNoFindings();
    context(".git/\n.env*\n.aws/credentials\n*.pem\nconfig\nsrc/.npmrc\n")
        .source(
            """
            FROM scratch
            #> ContextSecretExposed@6: COPY . sends secrets from the build context into the image: certs/server.pem; exclude them in .dockerignore
            COPY . /app
            """)
        .doTest();
  }

  @Test
  void copyExcludeKeepsSecretsOut() {
    context(null)
        .source(
            """
            FROM scratch
            ARG SKIP=.aws
            #> ContextSecretExposed@67: COPY . sends secrets from the build context into the image: .git/, certs/server.pem, config/id_rsa; exclude them in .dockerignore
            COPY --exclude=.env --exclude=$SKIP --exclude=*.pem --exclude=src . /app
            COPY --exclude=.* --exclude=**/*.pem --exclude=config/id_* --exclude=**/.npmrc . /app
            COPY --exclude=id_rsa config /etc/app/
            #> ContextSecretExposed@23: COPY c* sends secrets from the build context into the image: certs/server.pem; exclude them in .dockerignore
            COPY --exclude=id_rsa c* /etc/app/
            """)
        .doTest();
  }

  @Test
  void anExceptionSendsPartOfTheGitDirectory() {
    context(".*\n!.git/HEAD\n*.pem\n**/*.pem\nconfig\nsrc\n")
        .source(
            """
            FROM scratch
            #> ContextSecretExposed@6: COPY . sends secrets from the build context into the image: .git/; exclude them in .dockerignore
            COPY . /app
            """)
        .doTest();
  }

  @Test
  void copyingADirectory() {
    context(null)
        .source(
            """
            FROM scratch
            #> ContextSecretExposed@6: COPY config sends secrets from the build context into the image: config/id_rsa; exclude them in .dockerignore
            COPY config /etc/app/
            #> ContextSecretExposed@6: COPY ./src/ sends secrets from the build context into the image: src/.npmrc; exclude them in .dockerignore
            COPY ./src/ /src/
            COPY src/main.go config/app.yaml /app/
            """)
        .doTest();
  }

  @Test
  void filesNamedOnPurposeAreNotReported() {
    context(null)
        .source(
            """
            FROM scratch
            COPY config/id_rsa /root/.ssh/id_rsa
            COPY *.pem /certs/
            COPY certs/*.pem /certs/
            COPY .env /app/.env
            COPY --parents **/*.pem /app/
            """)
        .expectNoFindings();
  }

  @Test
  void wildcardsThatCopyDirectoriesOrEveryName() {
    context(null)
        .source(
            """
            FROM scratch
            #> ContextSecretExposed@6: COPY * sends secrets from the build context into the image: .aws/credentials, .env, .git/ and 4 more; exclude them in .dockerignore
            COPY * /app/
            #> ContextSecretExposed@6: COPY c* sends secrets from the build context into the image: certs/server.pem, config/id_rsa; exclude them in .dockerignore
            COPY c* /app/
            #> ContextSecretExposed@6: COPY config/* sends secrets from the build context into the image: config/id_rsa; exclude them in .dockerignore
            COPY config/* /app/
            #> ContextSecretExposed@16: COPY **/config sends secrets from the build context into the image: config/id_rsa; exclude them in .dockerignore
            COPY --parents **/config /app/
            """)
        .doTest();
  }

  @Test
  void copyFromAnotherStageIsNotTheContext() {
    context(null)
        .source("FROM scratch AS a\nFROM scratch\nCOPY --from=a . /app\n")
        .expectNoFindings();
  }

  @Test
  void nothingWithoutABuildContext() {
    LintTestHelper.forRule(ContextSecretExposed.class)
        .source("FROM scratch\nCOPY . /app\n")
        .expectNoFindings();
  }
}
