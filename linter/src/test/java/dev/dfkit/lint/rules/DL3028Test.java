package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3028Test {

  @Test
  void unpinnedGemsAtTheirWord() {
    LintTestHelper.forRule(DL3028.class)
        .source(
            """
            FROM ruby:3.3
            #> DL3028@11: %1$s
            RUN gem i bundler
            #> DL3028@31: %1$s
            RUN gem install bundler:2.5.0 nokogiri
            #> DL3028@35: %1$s
            RUN gem install --bindir=/usr/bin rake
            """
                .formatted(DL3028.MESSAGE))
        .doTest();
  }

  @Test
  void versionsOptionsAndBuildFlags() {
    LintTestHelper.forRule(DL3028.class)
        .source(
            """
            FROM ruby:3.3
            RUN gem install bundler -v '2.0.1' && gem install rails --version='7.1'
            RUN gem install bundler:2.0.1 -- --use-system-libraries=true
            RUN gem install bundler:2.0.1 --use-system-libraries true
            """)
        .expectNoFindings();
  }

  @Test
  void multiLineAndOnbuild() {
    LintTestHelper.forRule(DL3028.class)
        .source(
            """
            FROM ruby:3.3
            RUN gem update --system && \\
            #> DL3028@17: %1$s
                gem install rubocop
            #> DL3028@25: %1$s
            ONBUILD RUN gem install rspec
            """
                .formatted(DL3028.MESSAGE))
        .doTest();
  }

  @Test
  void aGemFileIsVersionedByItsName() {
    // discourse_docker: a checked gem file installed with --local
    LintTestHelper.forRule(DL3028.class)
        .source(
            """
            FROM ruby:3.3
            RUN gem install --local --force pups-1.4.0.gem
            #> DL3028@33: %s
            RUN gem install --local --force pups
            """
                .formatted(DL3028.MESSAGE))
        .doTest();
  }
}
