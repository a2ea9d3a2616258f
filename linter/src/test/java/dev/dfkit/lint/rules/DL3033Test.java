package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3033Test {

  @Test
  void unpinnedPackagesAndModules() {
    LintTestHelper.forRule(DL3033.class)
        .source(
            """
            FROM centos:7
            #> DL3033@20: %1$s
            RUN yum install -y tomcat && yum clean all
            #> DL3033@27: %1$s
            RUN yum module install -y tomcat && yum module install -y nodejs:20
            RUN yum install -y tomcat-9.2 openssl-1:1.1.1k rpm-sign-4.16.1.3 gcc-c++-1.1.1
            RUN yum install -y --enablerepo epel ./local.rpm && bash -c `# not yum`
            """
                .formatted(DL3033.MESSAGE))
        .doTest();
  }

  @Test
  void versionsFromVariables() {
    LintTestHelper.forRule(DL3033.class)
        .source(
            """
            FROM fedora:40 AS build
            ENV version=2.51.0-2.fc42
            RUN yum -y install git-core-${version} && yum -y install git-core-$version
            FROM build
            ENV NAME=tomcat
            #> DL3033@20: %1$s (package: tomcat)
            RUN yum install -y $NAME git-core-${version} "$UNKNOWN"
            """
                .formatted(DL3033.MESSAGE))
        .doTest();
  }

  @Test
  void multiLineAndHeredoc() {
    LintTestHelper.forRule(DL3033.class)
        .source(
            """
            FROM centos:7
            RUN yum install -y \\
            #> DL3033@5: %1$s
                httpd \\
                mod_ssl-2.4.6
            RUN <<EOF
            #> DL3033@16: %1$s
            yum install -y vim
            EOF
            """
                .formatted(DL3033.MESSAGE))
        .doTest();
  }
}
