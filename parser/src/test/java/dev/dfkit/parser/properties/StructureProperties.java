package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The views of a Dockerfile agree with its elements: the instructions are the instruction elements,
 * the directives come first, the stages split the instructions at each FROM, the global ARGs are
 * those before the first FROM, and the comments before an instruction are comment elements just
 * before it.
 */
class StructureProperties extends DockerfileInputs {

  @Property(tries = 500)
  void viewsAgreeInArbitraryText(@ForAll("arbitraryText") String text) {
    assertViewsAgree(text);
  }

  @Property(tries = 300)
  void viewsAgreeInMutatedConformanceFiles(@ForAll("mutatedConformance") String text) {
    assertViewsAgree(text);
  }

  @Property(tries = 300)
  void viewsAgreeInGeneratedDockerfiles(@ForAll("structured") String text) {
    assertViewsAgree(text);
  }

  @Example
  void onbuildHeredocErrorIsReportedOnce() {
    // Two identical "unterminated heredoc: no line "X" ends it" errors at 2:13.
    assertDiagnosticsDistinct(DockerfileParser.parse("FROM a\nONBUILD RUN <<X\n"));
  }

  static void assertViewsAgree(String text) {
    ParseResult result = DockerfileParser.parse(text);
    assertDiagnosticsDistinct(result);
    Dockerfile d = result.dockerfile();
    String input = Literal.of(text);
    List<Element> elements = d.elements();
    List<Instruction> instructions = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof Instruction i) {
        instructions.add(i);
      }
    }
    assertThat(d.instructions()).as("instructions of %s", input).isEqualTo(instructions);

    int firstOther = 0;
    while (firstOther < elements.size() && elements.get(firstOther) instanceof Directive) {
      firstOther++;
    }
    for (Element e : elements.subList(firstOther, elements.size())) {
      assertThat(e)
          .as("a directive after other lines in %s", input)
          .isNotInstanceOf(Directive.class);
    }
    assertThat(elements.subList(0, firstOther))
        .as("directives of %s", input)
        .containsAll(d.directives());

    int firstFrom = 0;
    while (firstFrom < instructions.size() && !(instructions.get(firstFrom) instanceof From)) {
      firstFrom++;
    }
    List<Instruction> inStages = new ArrayList<>();
    for (Stage s : d.stages()) {
      assertThat(s.index()).as("stage index in %s", input).isEqualTo(d.stages().indexOf(s));
      inStages.add(s.from());
      for (Instruction i : s.instructions()) {
        assertThat(i).as("a FROM inside a stage of %s", input).isNotInstanceOf(From.class);
        inStages.add(i);
      }
    }
    assertThat(inStages)
        .as("stages of %s", input)
        .isEqualTo(instructions.subList(firstFrom, instructions.size()));
    List<Arg> globalArgs = new ArrayList<>();
    for (Instruction i : instructions.subList(0, firstFrom)) {
      if (i instanceof Arg a) {
        globalArgs.add(a);
      }
    }
    assertThat(d.globalArgs()).as("global ARGs of %s", input).isEqualTo(globalArgs);

    for (int k = 0; k < elements.size(); k++) {
      if (elements.get(k) instanceof Instruction i) {
        List<Comment> preceding = i.syntax().precedingComments();
        List<Comment> before = new ArrayList<>();
        for (Element e : elements.subList(0, k)) {
          if (e instanceof Comment c) {
            before.add(c);
          }
        }
        assertThat(before).as("comments before %s in %s", i.range(), input).containsAll(preceding);
        for (Comment c : preceding) {
          assertThat(c.range().endOffset())
              .as("comment %s before %s in %s", c.range(), i.range(), input)
              .isLessThanOrEqualTo(i.range().startOffset());
        }
      }
    }
  }

  /** No problem is reported twice (same range, severity, code and message). */
  static void assertDiagnosticsDistinct(ParseResult result) {
    Set<Diagnostic> seen = new HashSet<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertThat(seen.add(diagnostic))
          .as("%s reported twice for %s", diagnostic, Literal.of(result.dockerfile().text()))
          .isTrue();
    }
  }
}
