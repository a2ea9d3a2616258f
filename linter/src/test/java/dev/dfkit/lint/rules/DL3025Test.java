package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3025Test {

  private static final String MESSAGE =
      "Use arguments JSON notation for CMD and ENTRYPOINT arguments";

  @Test
  void shellForms() {
    LintTestHelper.forRule(DL3025.class)
        .source(
            """
            FROM node:20
            #> DL3025@12: %s
            ENTRYPOINT something
            #> DL3025@5: %s
            CMD something --flag
            #> DL3025@17: %s
            HEALTHCHECK CMD curl -f http://localhost/
            """
                .formatted(MESSAGE, MESSAGE, MESSAGE))
        .doTest();
  }

  @Test
  void jsonForms() {
    LintTestHelper.forRule(DL3025.class)
        .source(
            """
            FROM scratch
            ENTRYPOINT ["foo", "bar"]
            CMD [ "foo", "bar" ]
            HEALTHCHECK CMD [ "foobar" ]
            CMD [ "/bin/sh", "-c", \\
                  "echo foo && \\
                   echo bar" \\
                ]
            """)
        .expectNoFindings();
  }

  @Test
  void fixWhenTheJsonFormRunsTheSameProgram() {
    assertThat(
            LintTestHelper.forRule(DL3025.class)
                .source(
                    """
                    FROM scratch
                    HEALTHCHECK CMD curl -f http://localhost/
                    CMD exec /app --port=8080
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM scratch
            HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
            CMD ["/app", "--port=8080"]
            """);
  }

  @Test
  void noFixWhenTheShellMatters() {
    String source =
        """
        FROM node:20
        CMD node server.js
        ENTRYPOINT myapp
        HEALTHCHECK CMD curl -f "http://localhost/" || exit 1
        FROM scratch
        ENTRYPOINT ["/app"]
        CMD serve
        FROM scratch
        CMD FOO=1 app
        CMD cd /x
        """;
    assertThat(LintTestHelper.forRule(DL3025.class).source(source).fixed()).isEqualTo(source);
  }
}
