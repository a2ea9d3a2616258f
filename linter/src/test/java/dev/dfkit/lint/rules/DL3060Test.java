package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3060Test {

  @Test
  void yarnInstallWithoutCacheClean() {
    LintTestHelper.forRule(DL3060.class)
        .source(
            """
            FROM node:20
            #> DL3060@5: %1$s
            RUN yarn install foo
            RUN yarn install bar && yarn cache clean
            #> DL3060@25: %1$s
            RUN yarn cache clean && yarn install foo
            RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar
            #> DL3060@47: %1$s
            RUN --mount=type=cache,target=/var/lib/foobar yarn install foobar
            """
                .formatted(DL3060.MESSAGE))
        .doTest();
  }

  @Test
  void onlyStagesThatEndUpInAnImage() {
    LintTestHelper.forRule(DL3060.class)
        .source(
            """
            FROM node:20 AS deps
            RUN yarn install
            FROM node:20 AS base
            #> DL3060@5: %1$s
            RUN yarn install
            FROM base
            COPY --from=deps /app/node_modules /app/node_modules
            """
                .formatted(DL3060.MESSAGE))
        .doTest();
  }

  @Test
  void multiLineAndOnbuild() {
    LintTestHelper.forRule(DL3060.class)
        .source(
            """
            FROM node:20 AS deps
            RUN yarn config set network-timeout 600000 && \\
            #> DL3060@5: %1$s
                yarn install --frozen-lockfile
            #> DL3060@13: %1$s
            ONBUILD RUN yarn install
            """
                .formatted(DL3060.MESSAGE))
        .doTest();
  }
}
