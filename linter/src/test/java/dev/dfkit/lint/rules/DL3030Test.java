package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3030Test {

  @Test
  void installWithoutYes() {
    LintTestHelper.forRule(DL3030.class)
        .source(
            """
            FROM centos:7
            #> DL3030@5: %1$s
            RUN yum install httpd-2.4.24 && yum clean all
            RUN yum install -y httpd-2.4.24 && yum --assumeyes groupinstall web
            RUN bash -c `# not even a yum command`
            RUN yum makecache && \\
            #> DL3030@5: %1$s
                yum localinstall /tmp/x.rpm
            """
                .formatted(DL3030.MESSAGE))
        .doTest();
  }

  @Test
  void fixInsertsYesAfterTheSubcommand() {
    assertThat(
            LintTestHelper.forRule(DL3030.class)
                .source(
                    """
                    FROM centos:7
                    RUN yum --enablerepo=epel install jq-1.6 && yum clean all
                    ONBUILD RUN yum groupinstall "Development Tools"
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM centos:7
            RUN yum --enablerepo=epel install -y jq-1.6 && yum clean all
            ONBUILD RUN yum groupinstall -y "Development Tools"
            """);
  }
}
