package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.InstructionSyntax;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Values agree with the text their ranges point at. Logical texts map back to the characters they
 * hold; a shell-form script is a slice of its instruction's line; a shell-form or plain argument is
 * exactly the text of its span on the logical line (BuildKit keeps quotes and escapes, and drops
 * only an escape at the very end); an exec-form word is the JSON string its span holds; flags,
 * keywords, comments, directives and heredoc bodies and terminators say what their ranges hold.
 */
class WordValueProperties extends DockerfileInputs {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 1000)
  void valuesMatchTheirTextInArbitraryText(@ForAll("arbitraryText") String text) {
    assertValuesMatchText(text);
  }

  @Property(tries = 500)
  void valuesMatchTheirTextInMutatedConformanceFiles(@ForAll("mutatedConformance") String text) {
    assertValuesMatchText(text);
  }

  @Property(tries = 500)
  void valuesMatchTheirTextInGeneratedDockerfiles(@ForAll("structured") String text) {
    assertValuesMatchText(text);
  }

  static void assertValuesMatchText(String text) {
    ParseResult result = DockerfileParser.parse(text);
    assertThat(new Checker(result.dockerfile()).problems())
        .as("values and text of %s", Literal.of(text))
        .isEmpty();
  }

  private static final class Checker {
    private final Dockerfile d;
    private final List<String> problems = new ArrayList<>();

    Checker(Dockerfile d) {
      this.d = d;
    }

    List<String> problems() {
      for (Element e : d.elements()) {
        if (e instanceof Comment c) {
          comment("comment", c);
        } else if (e instanceof Directive dir) {
          directive(dir);
        } else if (e instanceof Instruction i) {
          i.syntax().precedingComments().forEach(c -> comment("preceding comment", c));
          instruction(i);
        }
      }
      return problems.size() > 10 ? problems.subList(0, 10) : problems;
    }

    private void comment(String what, Comment c) {
      expect(what + " at " + c.range(), d.text(c.range()), c.text());
    }

    private void directive(Directive dir) {
      String at = "directive at " + dir.range();
      expect(at, d.text(dir.range()), dir.text());
      expect(at + " value", d.text(dir.valueRange()), dir.value());
      expect(at + " name", d.text(dir.nameRange()).toLowerCase(Locale.ROOT), dir.name());
    }

    private void instruction(Instruction i) {
      InstructionSyntax s = i.syntax();
      String name = i.getClass().getSimpleName() + " at " + i.range();
      LogicalText line = s.line();
      mapsBack(name + " line", line);
      expect(
          name + " keyword",
          span(name + " keyword", line, s.keyword().range()),
          s.keyword().text());
      s.innerComments().forEach(c -> comment(name + " inner comment", c));
      for (Flag f : s.flags()) {
        flag(name, line, f);
      }
      if (i instanceof Onbuild o) {
        o.trigger().ifPresent(this::instruction);
        return;
      }
      List<Word> args = s.arguments();
      for (int k = 0; k < args.size(); k++) {
        Word w = args.get(k);
        // HEALTHCHECK's first node is its type word (CMD), written plainly before the JSON.
        boolean typeWord = i instanceof Healthcheck && k == 0;
        if (s.execForm() && !typeWord) {
          jsonWord(name, line, w);
        } else {
          plainWord(name + " argument", line, w);
        }
      }
      command(i).ifPresent(c -> shellForm(name, s, c));
      if (i instanceof Arg arg) {
        for (ArgDeclaration decl : arg.declarations()) {
          plainWord(name + " ARG name", line, decl.name());
          decl.defaultValue().ifPresent(v -> plainWord(name + " ARG default", line, v));
        }
      }
      for (Heredoc h : s.heredocs()) {
        heredoc(name, h);
      }
    }

    private static Optional<CommandLine> command(Instruction i) {
      if (i instanceof Run r) {
        return Optional.of(r.command());
      } else if (i instanceof Cmd c) {
        return Optional.of(c.command());
      } else if (i instanceof Entrypoint e) {
        return Optional.of(e.command());
      } else if (i instanceof Healthcheck h) {
        return h.command();
      }
      return Optional.empty();
    }

    private void shellForm(String name, InstructionSyntax s, CommandLine command) {
      if (!(command instanceof ShellForm shell)) {
        return;
      }
      LogicalText script = shell.script();
      mapsBack(name + " script", script);
      if (shell.isEmpty()) {
        return;
      }
      LogicalText line = s.line();
      int start = indexOf(line, script.sourceOffset(0));
      if (start < 0) {
        problems.add(name + " script does not start on the instruction's line");
        return;
      }
      for (int k = 0; k < script.length(); k++) {
        if (start + k >= line.length()
            || line.sourceOffset(start + k) != script.sourceOffset(k)
            || line.text().charAt(start + k) != script.text().charAt(k)) {
          problems.add(name + " script character " + k + " is not the line's");
          return;
        }
      }
      List<Word> args = s.arguments();
      if (!args.isEmpty()) {
        expect(name + " script", script.text(), args.get(args.size() - 1).value());
      }
    }

    private void flag(String name, LogicalText line, Flag f) {
      String at = name + " flag " + f.text();
      String expectedText = "--" + f.name() + (f.value() == null ? "" : "=" + f.value());
      expect(at + " text", f.text(), expectedText);
      String written = span(at, line, f.range());
      if (written == null || hasQuoteOrEscape(written)) {
        return; // quote processing: the value differs from what is written
      }
      expect(at, written, f.text());
      expect(at + " name", span(at, line, f.nameRange()), "--" + f.name());
      if (f.value() != null && !f.value().isEmpty()) {
        expect(at + " value", span(at, line, f.valueRange()), f.value());
      }
    }

    private boolean hasQuoteOrEscape(String s) {
      return s.indexOf('"') >= 0 || s.indexOf('\'') >= 0 || s.indexOf(d.escape()) >= 0;
    }

    private void plainWord(String what, LogicalText line, Word w) {
      String at = what + " " + Literal.of(w.value()) + " at " + w.range();
      String written = span(at, line, w.range());
      if (written == null) {
        return;
      }
      // BuildKit drops an escape character that ends the line.
      boolean droppedEscape =
          written.length() == w.value().length() + 1
              && written.charAt(written.length() - 1) == d.escape()
              && written.startsWith(w.value());
      if (!droppedEscape) {
        expect(at, written, w.value());
      }
      String source = d.text(w.range());
      if (source.length() == written.length()) {
        expect(at + " in the source", source, written);
      }
    }

    private void jsonWord(String name, LogicalText line, Word w) {
      String at = name + " exec-form word " + Literal.of(w.value()) + " at " + w.range();
      String written = span(at, line, w.range());
      if (written == null) {
        return;
      }
      try {
        expect(at, JSON.readValue(written, String.class), w.value());
      } catch (JsonProcessingException e) {
        problems.add(at + ": its span " + Literal.of(written) + " is no JSON string");
      }
    }

    private void heredoc(String name, Heredoc h) {
      String at = name + " heredoc " + h.name();
      expect(at + " body", d.text(h.bodyRange()), h.content());
      if (h.terminatorRange().length() > 0) {
        String end = d.text(h.terminatorRange());
        if (h.chomp()) {
          end = end.replaceFirst("^\\t+", "");
        }
        expect(at + " terminator", end, h.name());
      }
      if (!d.text(h.wordRange()).contains("<<")) {
        problems.add(at + " word range holds no <<: " + Literal.of(d.text(h.wordRange())));
      }
    }

    /** The characters of {@code line} whose source offsets lie in {@code range}, in order. */
    private String span(String what, LogicalText line, SourceRange range) {
      if (range.length() == 0) {
        return "";
      }
      int start = indexOf(line, range.startOffset());
      if (start < 0) {
        problems.add(what + ": range " + range + " does not start on the logical line");
        return null;
      }
      int k = start;
      while (k < line.length() && line.sourceOffset(k) < range.endOffset()) {
        k++;
      }
      if (line.sourceOffset(k - 1) != range.endOffset() - 1) {
        problems.add(what + ": range " + range + " does not end on the logical line");
        return null;
      }
      return line.text().substring(start, k);
    }

    private static int indexOf(LogicalText line, int sourceOffset) {
      for (int k = 0; k < line.length(); k++) {
        if (line.sourceOffset(k) == sourceOffset) {
          return k;
        }
      }
      return -1;
    }

    private void mapsBack(String what, LogicalText t) {
      StringBuilder mapped = new StringBuilder();
      for (int k = 0; k < t.length(); k++) {
        int off = t.sourceOffset(k);
        if (off < 0 || off >= d.text().length()) {
          problems.add(what + " character " + k + " maps outside the text: " + off);
          return;
        }
        mapped.append(d.text().charAt(off));
      }
      expect(what + " (characters at its source offsets)", mapped.toString(), t.text());
    }

    private void expect(String what, String actual, String expected) {
      if (actual != null && !actual.equals(expected)) {
        problems.add(what + ": " + Literal.of(actual) + " but expected " + Literal.of(expected));
      }
    }
  }
}
