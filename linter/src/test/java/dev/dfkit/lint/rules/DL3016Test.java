package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3016Test {

  @Test
  void unpinnedPackagesAtTheirWord() {
    LintTestHelper.forRule(DL3016.class)
        .source(
            """
            FROM node:20
            #> DL3016@17: %1$s
            RUN npm install express sax@0.1.1
            #> DL3016@26: %1$s
            RUN npm install --global @myorg/privatepackage
            #> DL3016@58: %1$s
            RUN npm install --registry https://example.com sax@0.1.1 left-pad
            """
                .formatted(DL3016.MESSAGE))
        .doTest();
  }

  @Test
  void pinnedFormsAndNonInstalls() {
    LintTestHelper.forRule(DL3016.class)
        .source(
            """
            FROM node:20
            RUN npm install && npm install --progress=false && npm run --crazy install
            RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0" express@"4.1.1"
            RUN npm install package-v1.2.3.tgz ./folder ~/folder /abs ../up
            RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27
            """)
        .expectNoFindings();
  }

  @Test
  void gitUrlsNeedACommit() {
    LintTestHelper.forRule(DL3016.class)
        .source(
            """
            FROM node:20
            RUN npm install -g \\
            #> DL3016@7: %1$s
                  git://github.com/npm/npm.git \\
                  git+https://isaacs@github.com/npm/npm.git#v1.0.27
            #> DL3016@25: %1$s
            ONBUILD RUN npm install lodash
            """
                .formatted(DL3016.MESSAGE))
        .doTest();
  }
}
