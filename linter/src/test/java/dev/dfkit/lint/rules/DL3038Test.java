package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3038Test {

  @Test
  void installWithoutYes() {
    LintTestHelper.forRule(DL3038.class)
        .source(
            """
            FROM fedora:40
            #> DL3038@5: %1$s
            RUN dnf install httpd-2.4.24 && dnf clean all
            #> DL3038@5: %1$s
            RUN microdnf install httpd-2.4.24 && microdnf clean all
            RUN dnf install -y httpd-2.4.24 && notdnf install httpd
            RUN dnf makecache && \\
            #> DL3038@5: %1$s
                dnf groupinstall "Development Tools"
            """
                .formatted(DL3038.MESSAGE))
        .doTest();
  }

  @Test
  void fixInsertsYesAfterTheSubcommand() {
    assertThat(
            LintTestHelper.forRule(DL3038.class)
                .source(
                    """
                    FROM fedora:40
                    RUN <<EOF
                    microdnf --nodocs install jq-1.7
                    EOF
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM fedora:40
            RUN <<EOF
            microdnf --nodocs install -y jq-1.7
            EOF
            """);
  }
}
