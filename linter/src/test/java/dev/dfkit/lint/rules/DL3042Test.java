package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3042Test {

  @Test
  void pipInstallWithoutNoCacheDir() {
    LintTestHelper.forRule(DL3042.class)
        .source(
            """
            FROM python:3.12
            #> DL3042@5: %1$s
            RUN pip3 install MySQL_python
            RUN pip install --no-cache-dir flask && pipx install black && pipenv install
            #> DL3042@5: %1$s
            RUN python -m pip install requests && python -m pipx install ruff
            RUN --mount=type=cache,target=/root/.cache/pip pip install foobar
            """
                .formatted(DL3042.MESSAGE))
        .doTest();
  }

  @Test
  void pipNoCacheDirVariable() {
    LintTestHelper.forRule(DL3042.class)
        .source(
            """
            FROM python:3.12 AS base
            ENV PIP_NO_CACHE_DIR=1
            RUN pip install six
            RUN PIP_NO_CACHE_DIR=off pip install six
            FROM base
            RUN pip install six
            FROM python:3.12
            RUN export PIP_NO_CACHE_DIR=true && pip install six
            #> DL3042@5: %1$s
            RUN pip install six
            """
                .formatted(DL3042.MESSAGE))
        .doTest();
  }

  @Test
  void multiLineHeredocAndOnbuild() {
    LintTestHelper.forRule(DL3042.class)
        .source(
            """
            FROM python:3.12
            RUN python -m venv /venv && \\
            #> DL3042@5: %1$s
                /venv/bin/pip install -r requirements.txt
            RUN <<EOF
            #> DL3042@1: %1$s
            pip install --upgrade pip==24.0
            EOF
            #> DL3042@13: %1$s
            ONBUILD RUN pip install .
            """
                .formatted(DL3042.MESSAGE))
        .doTest();
  }

  @Test
  void fixInsertsTheSwitchAfterInstall() {
    assertThat(
            LintTestHelper.forRule(DL3042.class)
                .source(
                    """
                    FROM python:3.12
                    RUN python3 -m pip install --upgrade pip && \\
                        pip3 install -r requirements.txt
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM python:3.12
            RUN python3 -m pip install --no-cache-dir --upgrade pip && \\
                pip3 install --no-cache-dir -r requirements.txt
            """);
  }

  @Test
  void aCacheMountOverTheHomesCacheFolder() {
    // localstack: pip's cache (/root/.cache/pip) lands in the mount, not in the layer
    LintTestHelper.forRule(DL3042.class)
        .source(
            """
            FROM python:3.12
            RUN --mount=type=cache,target=/root/.cache pip3 install --upgrade awscli==1.0
            RUN --mount=type=cache,target=/root/.cache/ pip install requests==2.0
            #> DL3042@50: %s
            RUN --mount=type=cache,target=/root/.cache-other pip install requests==2.0
            """
                .formatted(DL3042.MESSAGE))
        .doTest();
  }
}
