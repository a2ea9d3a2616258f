package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3032Test {

  @Test
  void installWithoutCleanAfterIt() {
    LintTestHelper.forRule(DL3032.class)
        .source(
            """
            FROM centos:7
            #> DL3032@5: %1$s
            RUN yum install -y mariadb-10.4
            RUN yum install -y mariadb-10.4 && yum clean all
            RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*
            #> DL3032@22: %1$s
            RUN yum clean all && yum install -y httpd
            RUN yum clean all && yum install -y httpd && yum clean all
            """
                .formatted(DL3032.MESSAGE))
        .doTest();
  }

  @Test
  void theLastInstallCountsAcrossLines() {
    LintTestHelper.forRule(DL3032.class)
        .source(
            """
            FROM centos:7
            RUN yum install -y a-1.0 && \\
                yum clean all && \\
            #> DL3032@5: %1$s
                yum install -y b-2.0
            #> DL3032@13: %1$s
            ONBUILD RUN yum install -y c-3.0
            """
                .formatted(DL3032.MESSAGE))
        .doTest();
  }
}
