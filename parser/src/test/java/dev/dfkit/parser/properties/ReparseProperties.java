package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.SyntaxTokens;
import dev.dfkit.parser.properties.DockerfileTexts.Mutation;
import dev.dfkit.parser.source.LogicalText;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A re-parse of an edited text is the fresh parse: along a random edit sequence (one version after
 * another, each re-parsed from the one before, as an editor does), {@link DockerfileParser#reparse}
 * gives the elements, instructions, stages, directives, tokens and diagnostics that {@link
 * DockerfileParser#parse(String, String)} gives for that text.
 */
class ReparseProperties extends DockerfileInputs {

  @Property(tries = 300)
  void reparsesEqualFreshParsesAlongEdits(
      @ForAll("edited") String start, @ForAll("edits") List<Mutation> edits) {
    ParseResult previous = DockerfileParser.parse(start, "Dockerfile");
    String text = start;
    for (Mutation m : edits) {
      text = m.apply(text);
      ParseResult again = DockerfileParser.reparse(previous, text);
      assertSame(again, DockerfileParser.parse(text, "Dockerfile"));
      previous = again;
    }
  }

  @Property(tries = 200)
  void typingACharacterAnywhereReparsesToTheFreshParse(
      @ForAll("edited") String start, @ForAll("positions") int at, @ForAll("typed") String typed) {
    ParseResult previous = DockerfileParser.parse(start, "Dockerfile");
    int offset = Math.min(at, start.length());
    String inserted = start.substring(0, offset) + typed + start.substring(offset);
    ParseResult afterInsert = DockerfileParser.reparse(previous, inserted);
    assertSame(afterInsert, DockerfileParser.parse(inserted, "Dockerfile"));
    // told where the change starts, as an editor is
    assertSame(
        DockerfileParser.reparse(previous, inserted, offset),
        DockerfileParser.parse(inserted, "Dockerfile"));
    // told where it ends too
    assertSame(
        DockerfileParser.reparse(previous, inserted, offset, start.length() - offset),
        DockerfileParser.parse(inserted, "Dockerfile"));
    // and back (undo)
    assertSame(DockerfileParser.reparse(afterInsert, start), previous);
  }

  @Example
  void theInstructionsAboveAnEditAreTakenOver() {
    String text =
        "# escape=`\nFROM a AS b\nRUN x `\n  y\n# about c\nCOPY c /c\nRUN <<EOF\nz\nEOF\n";
    ParseResult previous = DockerfileParser.parse(text, "Dockerfile");
    String edited = text.replace("COPY c /c", "COPY cc /c");
    ParseResult again = DockerfileParser.reparse(previous, edited);
    assertSame(again, DockerfileParser.parse(edited, "Dockerfile"));
    List<Instruction> before = previous.dockerfile().instructions();
    List<Instruction> after = again.dockerfile().instructions();
    assertThat(after.get(0)).isSameAs(before.get(0));
    assertThat(after.get(1)).isSameAs(before.get(1));
    assertThat(after.get(2)).isNotSameAs(before.get(2));
    assertThat(after.get(2).keyword().text()).isEqualTo("COPY");
  }

  @Example
  void theInstructionsBelowAnEditMoveWithIt() {
    String text =
        "FROM a AS b\nRUN x \\\n  y\n# about c\nCOPY c /c\nRUN <<EOF\nz\nEOF\n"
            + "ONBUILD RUN echo $HOME\nENV A=1 \\\n  B=2\n";
    ParseResult previous = DockerfileParser.parse(text, "Dockerfile");
    for (String edited :
        List.of(
            text.replace("RUN x", "RUN xx\nRUN w"),
            text.replace("RUN x \\", "RUN x"),
            text.replace("  y\n", "  y <<EOF\n"),
            text.replace("  y\n", "  y \\\n"),
            text.replace("  y\n", "  y\n# c\n"),
            text.replace("COPY c /c\n", ""))) {
      assertSame(DockerfileParser.reparse(previous, edited), DockerfileParser.parse(edited));
    }
  }

  static void assertSame(ParseResult actual, ParseResult expected) {
    Dockerfile a = actual.dockerfile();
    Dockerfile e = expected.dockerfile();
    assertThat(a.text()).isEqualTo(e.text());
    assertThat(a.escape()).isEqualTo(e.escape());
    assertThat(a.bom()).isEqualTo(e.bom());
    assertThat(a.directives()).isEqualTo(e.directives());
    assertThat(a.elements()).isEqualTo(e.elements());
    assertThat(a.instructions()).isEqualTo(e.instructions());
    assertThat(a.globalArgs()).isEqualTo(e.globalArgs());
    assertThat(a.stages()).isEqualTo(e.stages());
    assertThat(tokens(a.tokens())).isEqualTo(tokens(e.tokens()));
    assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
    assertThat(actual.sourceName()).isEqualTo(expected.sourceName());
    // positions derived through each logical line's own line map (moved instructions carry the
    // edited text's)
    for (int k = 0; k < a.instructions().size(); k++) {
      assertThat(derivedPositions(a.instructions().get(k)))
          .isEqualTo(derivedPositions(e.instructions().get(k)));
      // and each typed flag is the very flag object of the syntax, as a fresh parse makes it
      // (rules pair the two by identity: DL3059 a mount with its flag)
      assertThat(flagsShared(a.instructions().get(k)))
          .isEqualTo(flagsShared(e.instructions().get(k)));
    }
  }

  /** For each flag the instruction's typed flags hold, whether it is one of its syntax's flags. */
  private static List<Boolean> flagsShared(Instruction i) {
    List<Object> typed = new ArrayList<>();
    if (i instanceof Run r) {
      r.runFlags().mounts().forEach(m -> typed.add(m.flag()));
      r.runFlags().devices().forEach(d -> typed.add(d.flag()));
      r.runFlags().network().ifPresent(typed::add);
      r.runFlags().security().ifPresent(typed::add);
    } else if (i instanceof From f) {
      f.fromFlags().platform().ifPresent(typed::add);
    } else if (i instanceof Copy c) {
      addRecordFlags(c.copyFlags(), typed);
    } else if (i instanceof Add d) {
      addRecordFlags(d.addFlags(), typed);
    } else if (i instanceof Onbuild o && o.trigger().isPresent()) {
      return flagsShared(o.trigger().get());
    }
    List<Boolean> out = new ArrayList<>();
    for (Object f : typed) {
      out.add(i.syntax().flags().stream().anyMatch(s -> s == f));
    }
    return out;
  }

  private static void addRecordFlags(Record flags, List<Object> out) {
    for (RecordComponent c : flags.getClass().getRecordComponents()) {
      try {
        Object v = c.getAccessor().invoke(flags);
        if (v instanceof Flag f) {
          out.add(f);
        } else if (v instanceof Optional<?> o && o.orElse(null) instanceof Flag f) {
          out.add(f);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static List<String> derivedPositions(Instruction i) {
    List<String> out = new ArrayList<>();
    LogicalText line = i.syntax().line();
    for (int k = 0; k <= line.length(); k++) {
      out.add(line.range(k, k) + "/" + (k < line.length() ? line.position(k) : ""));
    }
    if (i instanceof Onbuild o && o.trigger().isPresent()) {
      out.addAll(derivedPositions(o.trigger().get()));
    }
    return out;
  }

  private static List<String> tokens(SyntaxTokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.kind(i) + "@" + t.start(i) + "-" + t.end(i));
    }
    return out;
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 5_000);
  }

  @Provide
  Arbitrary<String> typed() {
    return Arbitraries.of(
        "x",
        " ",
        "\n",
        "\\",
        "\\\n",
        "`",
        "#",
        "# c\n",
        "<<EOF",
        "\nEOF\n",
        "\r\n",
        "RUN a\n",
        "FROM b AS c\n",
        "\"",
        "'",
        "$",
        "{");
  }
}
