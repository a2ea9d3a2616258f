package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3041Test {

  @Test
  void unpinnedPackagesAndModules() {
    LintTestHelper.forRule(DL3041.class)
        .source(
            """
            FROM fedora:40
            #> DL3041@20: %1$s
            RUN dnf install -y rpm-sign && dnf clean all
            #> DL3041@32: %1$s
            RUN microdnf module install -y tomcat
            RUN dnf install -y tomcat-9.0.1 gcc-c++-1.1.1 openssl-1:1.1.1k && notdnf install x
            RUN dnf -y --setopt=group_package_types=mandatory group install "Development Tools"
            """
                .formatted(DL3041.MESSAGE))
        .doTest();
  }

  @Test
  void versionsFromVariablesAndMultiLine() {
    LintTestHelper.forRule(DL3041.class)
        .source(
            """
            FROM fedora:40
            ARG version=2.51.0-2.fc42
            RUN dnf -y install \\
                  git-core-$version \\
            #> DL3041@7: %1$s
                  vim-enhanced
            """
                .formatted(DL3041.MESSAGE))
        .doTest();
  }
}
