package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.properties.DockerfileTexts.Mutation;
import dev.dfkit.parser.semantic.BuildVariables;
import dev.dfkit.parser.semantic.VariableScope;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An analysis that takes over the top of an earlier version's ({@link
 * BuildVariables#analyze(Dockerfile, BuildVariables)}) answers every question as a fresh one does:
 * along random edit sequences, re-parsed as an editor re-parses, every scope, stage base and
 * failure.
 */
class BuildVariablesReuseProperties extends DockerfileInputs {

  @Property(tries = 300)
  void takingOverGivesTheFreshAnalysis(
      @ForAll("edited") String start, @ForAll("edits") List<Mutation> edits) {
    ParseResult parse = DockerfileParser.parse(start, "Dockerfile");
    BuildVariables variables = BuildVariables.analyze(parse.dockerfile());
    String text = start;
    for (Mutation m : edits) {
      text = m.apply(text);
      parse = DockerfileParser.reparse(parse, text);
      variables = checked(parse.dockerfile(), variables);
    }
  }

  @Property(tries = 300)
  void typingAnywhereInAMultiStageFileGivesTheFreshAnalysis(
      @ForAll("positions") int at, @ForAll("typed") String typed) {
    ParseResult parse = DockerfileParser.parse(MULTI_STAGE, "Dockerfile");
    BuildVariables earlier = BuildVariables.analyze(parse.dockerfile());
    int offset = Math.min(at, MULTI_STAGE.length());
    String edited = MULTI_STAGE.substring(0, offset) + typed + MULTI_STAGE.substring(offset);
    BuildVariables later = checked(DockerfileParser.reparse(parse, edited).dockerfile(), earlier);
    checked(DockerfileParser.reparse(parse, MULTI_STAGE).dockerfile(), later);
  }

  @Example
  void theStagesAboveAnEditAreTakenOverAndThoseBelowAnalysedAgain() {
    ParseResult parse = DockerfileParser.parse(MULTI_STAGE, "Dockerfile");
    BuildVariables earlier = BuildVariables.analyze(parse.dockerfile());
    String edited = MULTI_STAGE.replace("ENV B=${A}-two", "ENV B=${A}-2");
    Dockerfile now = DockerfileParser.reparse(parse, edited).dockerfile();
    BuildVariables later = checked(now, earlier);
    Instruction firstInStage0 = now.stages().get(0).instructions().get(0);
    assertThat(later.before(firstInStage0)).isSameAs(earlier.before(firstInStage0));
    Stage child = now.stages().get(2); // FROM two: inherits B
    assertThat(later.after(child).get("B")).isEqualTo("1-2");
  }

  /** The analysis taking over from {@code earlier}, checked against a fresh one. */
  private static BuildVariables checked(Dockerfile file, BuildVariables earlier) {
    BuildVariables reused = BuildVariables.analyze(file, earlier);
    BuildVariables fresh = BuildVariables.analyze(file);
    assertThat(vars(reused.global())).isEqualTo(vars(fresh.global()));
    assertThat(reused.failures()).isEqualTo(fresh.failures());
    for (Instruction i : file.instructions()) {
      assertThat(vars(reused.before(i))).as("before %s", i).isEqualTo(vars(fresh.before(i)));
      if (i instanceof Arg arg) {
        for (ArgDeclaration d : arg.declarations()) {
          assertThat(vars(reused.before(d))).isEqualTo(vars(fresh.before(d)));
        }
      }
    }
    for (Stage s : file.stages()) {
      assertThat(reused.base(s)).isEqualTo(fresh.base(s));
      assertThat(vars(reused.after(s))).isEqualTo(vars(fresh.after(s)));
      assertThat(reused.after(s).baseImageUnknown()).isEqualTo(fresh.after(s).baseImageUnknown());
    }
    return reused;
  }

  private static List<?> vars(VariableScope scope) {
    return new ArrayList<>(scope.variables());
  }

  private static final String MULTI_STAGE =
      """
      ARG BASE=alpine:3.19
      ARG A=1
      FROM ${BASE} AS one
      ENV X=${A:?} PATH=/opt:$PATH
      ARG A
      RUN echo $A
      FROM one AS two
      ENV B=${A}-two
      ARG C=${B}x
      FROM two AS three
      RUN echo $B $C
      FROM ${BAD:?no base} AS four
      ENV D=$B
      """;

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, MULTI_STAGE.length());
  }

  @Provide
  Arbitrary<String> typed() {
    return Arbitraries.of(
        "x", "\n", "$", "}", "{", " ", "\\\n", "#", "ARG Z=1\n", "FROM one\n", "=");
  }
}
