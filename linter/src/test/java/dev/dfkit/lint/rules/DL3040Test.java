package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3040Test {

  @Test
  void installWithoutCleanAfterIt() {
    LintTestHelper.forRule(DL3040.class)
        .source(
            """
            FROM fedora:40
            #> DL3040@5: %1$s
            RUN dnf install -y mariadb-10.4
            RUN dnf in -y mariadb-10.4 && dnf clean all
            RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*
            #> DL3040@27: %1$s
            RUN microdnf clean all && dnf install -y mariadb-10.4
            #> DL3040@5: %1$s
            RUN dnf -y upgrade && rm -rf /tmp/*
            """
                .formatted(DL3040.MESSAGE))
        .doTest();
  }

  @Test
  void mountsMultiLineAndHeredoc() {
    LintTestHelper.forRule(DL3040.class)
        .source(
            """
            FROM fedora:40
            RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4
            RUN dnf -y reinstall bash && \\
            #> DL3040@5: %1$s
                dnf -y up-min
            RUN <<EOF
            #> DL3040@1: %1$s
            microdnf install -y jq-1.7
            EOF
            """
                .formatted(DL3040.MESSAGE))
        .doTest();
  }
}
