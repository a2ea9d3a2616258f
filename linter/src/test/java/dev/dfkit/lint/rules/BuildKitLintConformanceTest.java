package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BuildKit's own lint tests ({@code frontend/dockerfile/dockerfile_check_test.go} at 73ed6825),
 * rewritten as data: each case is the Dockerfile of one {@code checkLinterWarnings} call and the
 * warnings BuildKit expects (rule, line, message). The whole BuildKit rule set runs with the
 * default options, so {@code # check=} handling and experimental gating are covered too.
 *
 * <p>Lines are BuildKit's: the first line of the instruction a finding is in (the last line, for
 * NoEmptyContinuation). Where a case expects different warnings from a full build and from a lint
 * request, the lint request's are used (dflint lints every stage). Left out: cases configured by
 * the {@code BUILDKIT_DOCKERFILE_CHECK} build argument, the Windows variants, CopyIgnoredFile (a
 * build-context check) and InvalidBaseImagePlatform (it needs a registry).
 */
class BuildKitLintConformanceTest {

  record Warning(String rule, int line, String message) {
    @Override
    public String toString() {
      return line + " " + rule + ": " + message;
    }
  }

  record Case(String name, String dockerfile, List<Warning> warnings) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, String dockerfile, Warning... warnings) {
    return new Case(name, dockerfile, List.of(warnings));
  }

  private static Warning w(String rule, int line, String message) {
    return new Warning(rule, line, message);
  }

  static Stream<Case> cases() {
    return Stream.of(
        // testDefinitionDescription
        c(
            "DefinitionDescription/valid",
            """
            # check=skip=all;experimental=InvalidDefinitionDescription
            # foo this is the foo
            ARG foo=bar

            # base this is the base image
            FROM scratch AS base

            # version this is the version number
            ARG version=latest

            # baz this is the baz
            ARG foo=baz bar=qux baz=quux
            #
            ARG bit=bat

            # comment for something other than ARG or FROM
            COPY Dockerfile .
            """),
        c(
            "DefinitionDescription/invalid",
            """
            # check=experimental=InvalidDefinitionDescription
            # bar this is the bar
            ARG foo=bar
            # BasE this is the BasE image
            FROM scratch AS base
            # definitely a bad comment
            ARG version=latest
            # definitely a bad comment
            ARG foo=baz bar=qux baz=quux
            """,
            w(
                "InvalidDefinitionDescription",
                3,
                "Comment for ARG should follow the format: `# foo <description>`"),
            w(
                "InvalidDefinitionDescription",
                5,
                "Comment for FROM should follow the format: `# base <description>`"),
            w(
                "InvalidDefinitionDescription",
                7,
                "Comment for ARG should follow the format: `# version <description>`"),
            w(
                "InvalidDefinitionDescription",
                9,
                "Comment for ARG should follow the format: `# <arg_key> <description>`")),
        // testSecretsUsedInArgOrEnv
        c(
            "SecretsUsedInArgOrEnv",
            """
            # check=skip=InvalidDefinitionDescription

            FROM scratch
            ARG SECRET_PASSPHRASE
            ENV SUPER_Secret=foo
            ENV password=bar secret=baz
            ARG super_duper_secret_token=foo auth=bar
            ENV apikey=bar sunflower=foo
            ENV git_key=
            ENV PUBLIC_KEY=
            ARG public_token
            ARG SECRET_PASSPHRASE_FILE
            ENV password_file=bar secret_File=baz
            ARG AUTH_MODULE_VERSION
            # check=skip=SecretsUsedInArgOrEnv // allow secret in environment
            ENV password=bar
            # check=skip=SecretsUsedInArgOrEnv // allow secret in arg
            ARG password
            # check=skip=all // is local to only this instruction
            ENV alternate_password=bar
            # check=skip=all // is local to only this instruction
            ARG alternate_password
            """,
            secret(4, "ARG \"SECRET_PASSPHRASE\""),
            secret(5, "ENV \"SUPER_Secret\""),
            secret(6, "ENV \"password\""),
            secret(6, "ENV \"secret\""),
            secret(7, "ARG \"auth\""),
            secret(7, "ARG \"super_duper_secret_token\""),
            secret(8, "ENV \"apikey\""),
            secret(9, "ENV \"git_key\"")),
        // testAllTargetUnmarshal (the lint request checks every stage)
        c(
            "AllTargetUnmarshal",
            """

            FROM scratch AS first
            COPY $foo .

            FROM scratch AS second
            COPY $bar .
            """,
            w("UndefinedVar", 3, "Usage of undefined variable '$foo'"),
            w("UndefinedVar", 6, "Usage of undefined variable '$bar'")),
        // testRuleCheckOption
        c("RuleCheckOption/skipAll", "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n"),
        c(
            "RuleCheckOption/skipAllError",
            "#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n"),
        c(
            "RuleCheckOption/skipTwo",
            "#check=skip=ConsistentInstructionCasing,FromAsCasing\n"
                + "FROM scratch as base\ncopy Dockerfile .\n"),
        c(
            "RuleCheckOption/skipTwoError",
            "#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\n"
                + "FROM scratch as base\ncopy Dockerfile .\n"),
        c(
            "RuleCheckOption/skipOne",
            "#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n",
            w("FromAsCasing", 2, "'as' and 'FROM' keywords' casing do not match")),
        c(
            "RuleCheckOption/skipOneError",
            "#check=skip=ConsistentInstructionCasing;error=true\n"
                + "FROM scratch as base\ncopy Dockerfile .\n",
            w("FromAsCasing", 2, "'as' and 'FROM' keywords' casing do not match")),
        // testStageName
        c(
            "StageName/upper",
            """

            # warning: stage name should be lowercase
            #
            FROM scratch AS BadStageName

            # warning: 'as' should match 'FROM' cmd casing.
            #
            FROM scratch as base2

            FROM scratch AS base3
            """,
            w("StageNameCasing", 4, "Stage name 'BadStageName' should be lowercase"),
            w("FromAsCasing", 8, "'as' and 'FROM' keywords' casing do not match")),
        c(
            "StageName/lower",
            """

            # warning: 'AS' should match 'from' cmd casing.
            #
            from scratch AS base

            from scratch as base2
            """,
            w("FromAsCasing", 4, "'AS' and 'from' keywords' casing do not match")),
        // testNoEmptyContinuation
        c(
            "NoEmptyContinuation",
            """

            FROM scratch
            # warning: empty continuation line
            COPY Dockerfile \\

            .
            COPY Dockerfile \\
            .
            """,
            w("NoEmptyContinuation", 6, "Empty continuation line")),
        // testConsistentInstructionCasing
        c(
            "ConsistentInstructionCasing/mixedFrom",
            """

            # warning: 'FROM' should be either lowercased or uppercased
            #
            From scratch as base
            FROM scratch AS base2
            """,
            casing(4, "From", "uppercase")),
        c(
            "ConsistentInstructionCasing/lowerCopy",
            """

            FROM scratch
            # warning: 'copy' should match command majority's casing (uppercase)
            copy Dockerfile /foo
            COPY Dockerfile /bar
            """,
            casing(4, "copy", "uppercase")),
        c(
            "ConsistentInstructionCasing/mixedLowerFrom",
            """

            # warning: 'frOM' should be either lowercased or uppercased
            #
            frOM scratch as base
            from scratch as base2
            """,
            casing(4, "frOM", "lowercase")),
        c(
            "ConsistentInstructionCasing/upperCopy",
            """

            from scratch
            # warning: 'COPY' should match command majority's casing (lowercase)
            COPY Dockerfile /foo
            copy Dockerfile /bar
            """,
            casing(4, "COPY", "lowercase")),
        c(
            "ConsistentInstructionCasing/lowerFrom",
            """

            # warning: 'from' should match command majority's casing (uppercase)
            #
            from scratch
            COPY Dockerfile /foo
            COPY Dockerfile /bar
            COPY Dockerfile /baz
            """,
            casing(4, "from", "uppercase")),
        c(
            "ConsistentInstructionCasing/upperFrom",
            """

            # warning: 'FROM' should match command majority's casing (lowercase)
            #
            FROM scratch
            copy Dockerfile /foo
            copy Dockerfile /bar
            copy Dockerfile /baz
            """,
            casing(4, "FROM", "lowercase")),
        c(
            "ConsistentInstructionCasing/allLower",
            "\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n"),
        c(
            "ConsistentInstructionCasing/allUpper",
            "\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n"),
        c("ConsistentInstructionCasing/heredoc", "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n"),
        // testDuplicateStageName
        c(
            "DuplicateStageName",
            "\nFROM scratch AS b\nFROM scratch AS b\n",
            w("DuplicateStageName", 3, "Duplicate stage name \"b\", stage names should be unique")),
        c("DuplicateStageName/unique", "\nFROM scratch AS b1\nFROM scratch AS b2\n"),
        // testReservedStageName
        c(
            "ReservedStageName",
            "\nFROM scratch AS scratch\nFROM scratch AS context\n",
            w(
                "ReservedStageName",
                2,
                "Stage name should not use the same name as reserved stage \"scratch\""),
            w(
                "ReservedStageName",
                3,
                "Stage name should not use the same name as reserved stage \"context\"")),
        c("ReservedStageName/notNamed", "\nFROM scratch\nFROM scratch AS a\n"),
        // testJSONArgsRecommended
        c("JSONArgsRecommended/cmd", "\nFROM scratch\nCMD mycommand\n", json(3, "CMD")),
        c(
            "JSONArgsRecommended/entrypoint",
            "\nFROM scratch\nENTRYPOINT mycommand\n",
            json(3, "ENTRYPOINT")),
        c(
            "JSONArgsRecommended/shellCmd",
            "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\nCMD mycommand\n"),
        c(
            "JSONArgsRecommended/shellEntrypoint",
            "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\nENTRYPOINT mycommand\n"),
        c(
            "JSONArgsRecommended/inheritedShellCmd",
            "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nCMD mycommand\n"),
        c(
            "JSONArgsRecommended/inheritedShellEntrypoint",
            "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\n"
                + "FROM base\nENTRYPOINT mycommand\n"),
        // testMaintainerDeprecated
        c(
            "MaintainerDeprecated",
            "\nFROM scratch\nMAINTAINER me@example.org\n",
            w(
                "MaintainerDeprecated",
                3,
                "Maintainer instruction is deprecated in favor of using label")),
        c(
            "MaintainerDeprecated/label",
            "\nFROM scratch\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n"),
        c(
            "MaintainerDeprecated/skipJsonCmd",
            "\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n"),
        c(
            "MaintainerDeprecated/skipJsonEntrypoint",
            "\nFROM scratch\n# check=skip=JSONArgsRecommended\nENTRYPOINT mycommand\n"),
        c(
            "MaintainerDeprecated/skip",
            "\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n"),
        // testWarningsBeforeError
        c(
            "WarningsBeforeError",
            "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n",
            w("StageNameCasing", 2, "Stage name 'BadStageName' should be lowercase"),
            w(
                "MaintainerDeprecated",
                3,
                "Maintainer instruction is deprecated in favor of using label")),
        // testUndeclaredArg
        c("UndeclaredArg/declared", "\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n"),
        c(
            "UndeclaredArg/redeclaredPredefined",
            "\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n"
                + "COPY Dockerfile .\n"),
        c(
            "UndeclaredArg/predefined",
            "\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n"),
        c("UndeclaredArg/noValue", "\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n"),
        c("UndeclaredArg/default", "\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n"),
        c(
            "UndeclaredArg/emptyValue",
            "\nARG DEBUG=\"\"\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n"),
        c(
            "UndeclaredArg/typoInPlatform",
            "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n",
            w(
                "UndefinedArgInFrom",
                2,
                "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)")),
        c(
            "UndeclaredArg/typoInPlatformPart",
            "\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n"
                + "COPY Dockerfile .\n\t",
            w(
                "UndefinedArgInFrom",
                4,
                "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)")),
        c(
            "UndeclaredArg/inImage",
            "\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n",
            w("UndefinedArgInFrom", 3, "FROM argument 'version' is not declared")),
        // testWorkdirRelativePath
        c(
            "WorkdirRelativePath",
            "\nFROM scratch\nWORKDIR app/\n",
            w(
                "WorkdirRelativePath",
                3,
                "Relative workdir \"app/\" can have unexpected results if the base image changes")),
        c(
            "WorkdirRelativePath/inherited",
            "\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n"),
        c(
            "WorkdirRelativePath/skipped",
            "\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n"),
        // testUnmatchedVars
        c("UnmatchedVars/argNoValue", "\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n"),
        c(
            "UnmatchedVars/inheritedArg",
            "\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n"),
        c("UnmatchedVars/runIsShell", "\nFROM alpine\nRUN echo $PATH\n"),
        c(
            "UnmatchedVars/beforeDeclaration",
            "\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n",
            w("UndefinedVar", 3, "Usage of undefined variable '$foo'")),
        c(
            "UnmatchedVars/suggestion",
            "\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\n"
                + "ARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t",
            w(
                "UndefinedVar",
                6,
                "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)")),
        c(
            "UnmatchedVars/path",
            "\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t",
            w("UndefinedVar", 3, "Usage of undefined variable '$PAHT' (did you mean $PATH?)")),
        // testMultipleInstructionsDisallowed
        c(
            "MultipleInstructionsDisallowed",
            """

            FROM scratch
            ENTRYPOINT ["/myapp"]
            ENTRYPOINT ["/myotherapp"]
            CMD ["/myapp"]
            CMD ["/myotherapp"]
            HEALTHCHECK CMD ["/myapp"]
            HEALTHCHECK CMD ["/myotherapp"]
            """,
            multiple("ENTRYPOINT", 3),
            multiple("CMD", 5),
            multiple("HEALTHCHECK", 7)),
        c(
            "MultipleInstructionsDisallowed/apart",
            """

            FROM scratch
            ENTRYPOINT ["/myapp"]
            CMD ["/myapp"]
            HEALTHCHECK CMD ["/myapp"]
            COPY <<EOF /a.txt
            Hello, World!
            EOF
            ENTRYPOINT ["/myotherapp"]
            CMD ["/myotherapp"]
            HEALTHCHECK CMD ["/myotherapp"]
            """,
            multiple("ENTRYPOINT", 3),
            multiple("CMD", 4),
            multiple("HEALTHCHECK", 5)),
        c(
            "MultipleInstructionsDisallowed/perStage",
            """

            FROM scratch AS a
            ENTRYPOINT ["/myapp"]
            CMD ["/myapp"]
            HEALTHCHECK CMD ["/myapp"]

            FROM a AS b
            ENTRYPOINT ["/myotherapp"]
            CMD ["/myotherapp"]
            HEALTHCHECK CMD ["/myotherapp"]
            """),
        // testLegacyKeyValueFormat (BuildKit's unchecked lines for the third case are 3 and 4)
        c(
            "LegacyKeyValueFormat",
            "\nFROM scratch\nENV testkey value\nLABEL key value\n",
            legacy(3, "ENV"),
            legacy(4, "LABEL")),
        c("LegacyKeyValueFormat/modern", "\nFROM scratch\nENV testkey=value\nLABEL key=value\n"),
        c(
            "LegacyKeyValueFormat/unreachableStage",
            "\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n",
            legacy(5, "ENV"),
            legacy(6, "LABEL")),
        c(
            "LegacyKeyValueFormat/skipped",
            "\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n"
                + "# check=skip=LegacyKeyValueFormat\nLABEL key value\n"),
        // testRedundantTargetPlatform
        c(
            "RedundantTargetPlatform",
            "\nFROM --platform=$TARGETPLATFORM scratch\n",
            w(
                "RedundantTargetPlatform",
                2,
                "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the"
                    + " default behavior")),
        c(
            "RedundantTargetPlatform/braces",
            "\nFROM --platform=${TARGETPLATFORM} scratch\n",
            w(
                "RedundantTargetPlatform",
                2,
                "Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is"
                    + " the default behavior")),
        c(
            "RedundantTargetPlatform/skipped",
            "\n# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n"),
        // testInvalidDefaultArgInFrom
        c(
            "InvalidDefaultArgInFrom/tag",
            "\nARG VERSION\nFROM busybox:$VERSION\n",
            invalidDefault(3, "busybox:$VERSION")),
        c(
            "InvalidDefaultArgInFrom/image",
            "\nARG IMAGE\nFROM $IMAGE\n",
            invalidDefault(3, "$IMAGE")),
        c(
            "InvalidDefaultArgInFrom/suffix",
            "\nARG SFX=\"box:\"\nFROM busy${SFX}\n",
            invalidDefault(3, "busy${SFX}")),
        c("InvalidDefaultArgInFrom/default", "\nARG VERSION=\"latest\"\nFROM busybox:${VERSION}\n"),
        c(
            "InvalidDefaultArgInFrom/emptyVariant",
            "\nARG BUSYBOX_VARIANT=\"\"\nFROM busybox:stable${BUSYBOX_VARIANT}\n"),
        c(
            "InvalidDefaultArgInFrom/undeclaredVariant",
            "\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t"),
        // testFromPlatformFlagConstDisallowed
        c(
            "FromPlatformFlagConstDisallowed",
            "\nFROM --platform=linux/amd64 scratch\n",
            w(
                "FromPlatformFlagConstDisallowed",
                2,
                "FROM --platform flag should not use constant value \"linux/amd64\"")),
        c(
            "FromPlatformFlagConstDisallowed/archInName",
            "\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n"),
        c(
            "FromPlatformFlagConstDisallowed/osInName",
            "\nFROM --platform=linux/amd64 scratch AS linux\n"),
        // testExposeProtoCasing
        c(
            "ExposeProtoCasing",
            "\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n",
            w(
                "ExposeProtoCasing",
                3,
                "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase"),
            w(
                "ExposeProtoCasing",
                3,
                "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase")),
        // testExposeInvalidFormat
        c(
            "ExposeInvalidFormat",
            "\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n",
            exposeFormat("127.0.0.1:80:80"),
            exposeFormat("[::1]:8080:8080"),
            exposeFormat("5000:5000")));
  }

  private static Warning secret(int line, String what) {
    return w(
        "SecretsUsedInArgOrEnv",
        line,
        "Do not use ARG or ENV instructions for sensitive data (" + what + ")");
  }

  private static Warning casing(int line, String command, String casing) {
    return w(
        "ConsistentInstructionCasing",
        line,
        "Command '" + command + "' should match the case of the command majority (" + casing + ")");
  }

  private static Warning json(int line, String instruction) {
    return w(
        "JSONArgsRecommended",
        line,
        "JSON arguments recommended for "
            + instruction
            + " to prevent unintended behavior related to OS signals");
  }

  private static Warning multiple(String instruction, int line) {
    return w(
        "MultipleInstructionsDisallowed",
        line,
        "Multiple "
            + instruction
            + " instructions should not be used in the same stage because only the last one will"
            + " be used");
  }

  private static Warning legacy(int line, String instruction) {
    return w(
        "LegacyKeyValueFormat",
        line,
        "\""
            + instruction
            + " key=value\" should be used instead of legacy \""
            + instruction
            + " key value\" format");
  }

  private static Warning invalidDefault(int line, String base) {
    return w(
        "InvalidDefaultArgInFrom",
        line,
        "Default value for ARG " + base + " results in empty or invalid base image name");
  }

  private static Warning exposeFormat(String port) {
    return w(
        "ExposeInvalidFormat",
        3,
        "EXPOSE instruction should not define an IP address or host-port mapping, found '"
            + port
            + "'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameWarningsAsBuildKit(Case c) {
    Set<String> buildkitRules = new HashSet<>();
    Set<String> hadolintRules = new HashSet<>();
    for (Rule r : Rules.all()) {
      if (r.info().source() == RuleSource.BUILDKIT) {
        buildkitRules.add(r.info().id());
      } else if (r.info().source() == RuleSource.HADOLINT) {
        hadolintRules.add(r.info().id());
      }
    }
    // hadolint's twins of BuildKit checks would take their place (the more severe one is shown).
    LintOptions options =
        new LintOptions(
            LintOptions.DEFAULT.config(),
            Set.of(),
            hadolintRules,
            java.util.Optional.empty(),
            java.util.Optional.empty());
    var result = Linter.standard().lint(c.dockerfile(), "Dockerfile", options);
    Dockerfile dockerfile = result.parse().dockerfile();
    List<Warning> got = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (buildkitRules.contains(f.rule())) {
        got.add(new Warning(f.rule(), buildKitLine(dockerfile, f), f.message()));
      }
    }
    assertThat(got)
        .as("dockerfile:\n%s", c.dockerfile())
        .containsExactlyInAnyOrderElementsOf(c.warnings());
  }

  /** The line BuildKit gives: where the instruction holding the finding starts (or ends). */
  private static int buildKitLine(Dockerfile dockerfile, Finding f) {
    for (Instruction i : dockerfile.instructions()) {
      if (i.range().startOffset() <= f.range().startOffset()
          && f.range().startOffset() <= i.range().endOffset()) {
        return (f.rule().equals("NoEmptyContinuation") ? i.range().end() : i.range().start()).line()
            + 1;
      }
    }
    return f.range().start().line() + 1;
  }
}
