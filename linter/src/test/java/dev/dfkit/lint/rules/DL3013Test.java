package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3013Test {

  @Test
  void unpinnedPackagesAtTheirWord() {
    LintTestHelper.forRule(DL3013.class)
        .source(
            """
            FROM python:3.12
            #> DL3013@17: %1$s
            RUN pip install MySQL_python
            #> DL3013@58: %1$s
            RUN python -m pip install --index-url https://eg.com/foo example
            RUN pip3 install MySQL_python==1.2.2 'alabaster>=0.7' mypkg.whl foo/bar
            #> DL3013@18: %1$s
            RUN pipx install black && pipenv install black
            """
                .formatted(DL3013.MESSAGE))
        .doTest();
  }

  @Test
  void requirementsConstraintsAndVcsLinks() {
    LintTestHelper.forRule(DL3013.class)
        .source(
            """
            FROM python:3.12
            RUN pip install -r requirements.txt && pip install --requirement requirements.txt
            RUN pip install . && pip install pykafka -c http://foo.bar.baz
            RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext \\
                  https://foo.bar/baz.zip
            #> DL3013@17: %1$s
            RUN pip install git+ssh://github.com/rtfd/read-ext.git#egg=read-ext
            """
                .formatted(DL3013.MESSAGE))
        .doTest();
  }

  @Test
  void optionValuesAreNotPackages() {
    LintTestHelper.forRule(DL3013.class)
        .source(
            """
            FROM python:3.12
            RUN pip install --no-cache-dir \\
                  --root-user-action ignore \\
                  --python "$(which python)" \\
            #> DL3013@7: %1$s
                  poetry \\
                  requests==2.31.0
            """
                .formatted(DL3013.MESSAGE))
        .doTest();
  }

  @Test
  void heredocAndOnbuild() {
    LintTestHelper.forRule(DL3013.class)
        .source(
            """
            FROM python:3.12
            RUN <<EOF
            #> DL3013@13: %1$s
            pip install flask
            EOF
            #> DL3013@44: %1$s
            ONBUILD RUN pip install --user django==5.0 celery
            """
                .formatted(DL3013.MESSAGE))
        .doTest();
  }
}
