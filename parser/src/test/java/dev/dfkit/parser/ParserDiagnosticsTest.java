package dev.dfkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input → exact diagnostic: message (BuildKit's wording), 1-based line:column span, severity.
 * {@code |} in the input stands for a newline.
 */
class ParserDiagnosticsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '^',
      quoteCharacter = '~',
      value = {
        "FROM a|FORM b^ 2:1-2:5^ error^ unknown instruction: FORM (did you mean FROM?)",
        "FROM a|runn x^ 2:1-2:5^ error^ unknown instruction: runn (did you mean run?)",
        "FROM a|BOGUSWORD x^ 2:1-2:10^ error^ unknown instruction: BOGUSWORD",
        "FROM a|COPY --fromm=b x y^ 2:6-2:13^ error^ unknown flag: --fromm (did you mean from?)",
        "FROM a|COPY --from=b --from=c x y^ 2:15-2:23^ error^ duplicate flag specified: --from",
        "FROM a|COPY --from x y^ 2:6-2:12^ error^ missing a value on flag: --from",
        "FROM a|COPY --link=maybe x y^ 2:6-2:18^ error^ expecting boolean value for flag --link, not: maybe",
        "FROM a|COPY x^ 2:6-2:7^ error^ COPY requires at least two arguments, but only one was provided. Destination could not be determined",
        "FROM a b^ 1:6-1:9^ error^ FROM requires either one or three arguments",
        "FROM a AS 1st^ 1:11-1:14^ error^ ~invalid name for build stage: \"1st\", name can't start with a number or contain symbols~",
        "FROM a|ENV PATH^ 2:5-2:9^ error^ ENV must have two arguments",
        "FROM a|ENV A=1 B^ 2:9-2:10^ error^ ~Syntax error - can't find = in \"B\". Must be of the form: name=value~",
        "FROM a|LABEL^ 2:1-2:6^ error^ LABEL requires at least one argument",
        "FROM a|CMD [\"a\", [\"b\"]]^ 2:11-2:16^ error^ when using JSON array syntax, arrays must be comprised of strings only",
        "FROM a|WORKDIR^ 2:1-2:8^ error^ WORKDIR requires exactly one argument",
        "FROM a|SHELL /bin/sh -c^ 2:7-2:17^ error^ SHELL requires the arguments to be in JSON form",
        "FROM a|HEALTHCHECK CONNECT x^ 2:13-2:20^ error^ ~Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)~",
        "FROM a|HEALTHCHECK NONE x^ 2:18-2:19^ error^ HEALTHCHECK NONE takes no arguments",
        "FROM a|HEALTHCHECK --retries=-1 CMD x^ 2:23-2:25^ error^ --retries cannot be negative (-1)",
        "FROM a|HEALTHCHECK --timeout=5 CMD x^ 2:23-2:24^ error^ ~time: missing unit in duration \"5\"~",
        "FROM a|RUN --network=bridge x^ 2:15-2:21^ error^ ~invalid network mode \"bridge\"~",
        "FROM a|RUN --mount=type=cach x^ 2:13-2:22^ error^ ~unsupported mount type \"cach\" (did you mean cache?)~",
        "FROM a|RUN --mount=type=bind,mode=0755 x^ 2:13-2:32^ error^ ~mode not allowed for \"bind\" type mounts~",
        "FROM a|RUN --mount=type=secret x^ 2:13-2:24^ error^ invalid secret mount. one of source, target required",
        "FROM a|ONBUILD ONBUILD RUN x^ 2:9-2:16^ error^ Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
        "FROM a|ONBUILD FROM b^ 2:9-2:13^ error^ FROM isn't allowed as an ONBUILD trigger",
        "FROM a|ONBUILD COPY --bad x y^ 2:14-2:19^ warning^ unknown flag: --bad (in an ONBUILD trigger: it fails when an image is built FROM this one)",
        "RUN x|FROM a^ 1:1-1:4^ error^ no build stage in current context (only ARG can come before the first FROM)",
        "FROM a|RUN <<EOF|x^ 2:5-2:10^ error^ ~unterminated heredoc: no line \"EOF\" ends it~",
        "FROM a|COPY x <<EOF|y|EOF^ 2:8-2:13^ error^ COPY cannot accept a heredoc as a destination",
        "# escape=x|FROM a^ 1:10-1:11^ error^ invalid escape token 'x' does not match ` or \\",
        "# escape=`|# escape=\\|FROM a^ 2:1-2:11^ error^ only one escape parser directive can be used",
        "# just a comment^ 1:17-1:17^ error^ file with no instructions",
        "FROM a|ARG --x=1 V^ 2:5-2:10^ warning^ ARG takes no flags; --x is ignored by the build",
      })
  void reportsExactly(String input, String span, String severity, String message) {
    ParseResult r = DockerfileParser.parse(input.replace('|', '\n'));
    assertThat(r.diagnostics())
        .as("diagnostics of %s", input)
        .extracting(ParserDiagnosticsTest::describe)
        .contains(span + " " + severity + " " + message);
  }

  private static String describe(Diagnostic d) {
    return (d.range().start().line() + 1)
        + ":"
        + (d.range().start().column() + 1)
        + "-"
        + (d.range().end().line() + 1)
        + ":"
        + (d.range().end().column() + 1)
        + " "
        + d.severity().label()
        + " "
        + d.message();
  }

  @Test
  void validFilesHaveNoDiagnostics() {
    ParseResult r =
        DockerfileParser.parse(
            """
            # syntax=docker/dockerfile:1
            ARG BASE=alpine:3.20
            FROM ${BASE} AS build
            RUN --mount=type=cache,target=/var/cache/apk apk add --no-cache curl
            COPY --chown=1000:1000 --chmod=644 . /src
            ENV A=1 B=2
            HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost/"]
            FROM scratch
            COPY --from=build /src /src
            ENTRYPOINT ["/src/app"]
            """);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void everyBadLineIsReportedAndTheRestStillParses() {
    ParseResult r = DockerfileParser.parse("FROM a\nFORM b\nRUN --bad x\nCOPY x\nRUN ok\n");
    List<Diagnostic> errors = r.errors();
    assertThat(errors).extracting(d -> d.range().start().line()).containsExactly(1, 2, 3);
    assertThat(r.dockerfile().instructions()).hasSize(5);
    assertThat(errors).allMatch(d -> d.severity() == Severity.ERROR);
  }

  @Test
  void anOnbuildTriggersHeredocProblemIsReportedOnce() {
    ParseResult r = DockerfileParser.parse("FROM a\nONBUILD RUN <<X\n");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("unterminated-heredoc");
  }

  @Test
  void instructionErrorsAreNotSyntaxErrors() {
    ParseResult r = DockerfileParser.parse("FROM a\nCOPY --bogus x y\n");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.hasSyntaxErrors()).isFalse();
    assertThat(DockerfileParser.parse("FROM a\nENV X\n").hasSyntaxErrors()).isTrue();
  }
}
