package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.InstructionSyntax;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.SyntaxTokens;
import dev.dfkit.parser.ast.UnknownInstruction;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.SyntaxCodes;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The tree is lossless. Printing the tokens gives back the text, and more strongly, every character
 * is accounted for by the AST itself: it is whitespace or lies in some element; inside an
 * instruction it is on the logical line (and maps back to itself) or in a continuation, an inner
 * comment, an empty continuation line or a heredoc; and a character on the logical line lies in a
 * node (keyword, flag, argument word, heredoc word, the JSON array of exec form).
 */
class LosslessProperties extends DockerfileInputs {

  /** Argument-level errors after which BuildKit keeps no argument nodes. */
  private static final Set<String> ARGUMENT_ERRORS =
      Set.of(
          SyntaxCodes.JSON_NOT_STRINGS, SyntaxCodes.INVALID_KEY_VALUE, SyntaxCodes.MISSING_VALUE);

  @Property(tries = 1000)
  void printAndTokensGiveBackArbitraryText(@ForAll("arbitraryText") String text) {
    assertPrintsBack(text);
  }

  @Property(tries = 500)
  void printAndTokensGiveBackMutatedConformanceFiles(@ForAll("mutatedConformance") String text) {
    assertPrintsBack(text);
  }

  @Property(tries = 500)
  void printAndTokensGiveBackGeneratedDockerfiles(@ForAll("structured") String text) {
    assertPrintsBack(text);
  }

  @Property(tries = 1000)
  void everyCharacterOfArbitraryTextIsInTheTree(@ForAll("arbitraryText") String text) {
    assertEveryCharacterIsInTheTree(text);
  }

  @Property(tries = 500)
  void everyCharacterOfMutatedConformanceFilesIsInTheTree(
      @ForAll("mutatedConformance") String text) {
    assertEveryCharacterIsInTheTree(text);
  }

  @Property(tries = 500)
  void everyCharacterOfGeneratedDockerfilesIsInTheTree(@ForAll("structured") String text) {
    assertEveryCharacterIsInTheTree(text);
  }

  static void assertPrintsBack(String text) {
    Dockerfile d = DockerfileParser.parse(text).dockerfile();
    String input = Literal.of(text);
    assertThat(d.text()).as("text of %s", input).isEqualTo(text);
    assertThat(d.print()).as("print of %s", input).isEqualTo(text);
    SyntaxTokens tokens = d.tokens();
    if (text.isEmpty()) {
      assertThat(tokens.size()).as("tokens of the empty text").isZero();
      return;
    }
    assertThat(tokens.size()).as("tokens of %s", input).isPositive();
    assertThat(tokens.start(0)).as("first token start in %s", input).isZero();
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tokens.end(i))
          .as("token %d (%s) of %s is not empty", i, tokens.kind(i), input)
          .isGreaterThan(tokens.start(i));
      if (i + 1 < tokens.size()) {
        assertThat(tokens.start(i + 1))
            .as("token %d starts where token %d ends in %s", i + 1, i, input)
            .isEqualTo(tokens.end(i));
      }
      assertThat(tokens.indexAt(tokens.start(i))).isEqualTo(i);
    }
    assertThat(tokens.end(tokens.size() - 1))
        .as("last token end in %s", input)
        .isEqualTo(text.length());
  }

  @Property(tries = 300)
  void everyCharacterOfMutatedGeneratedDockerfilesIsInTheTree(
      @ForAll("mutatedStructured") String text) {
    assertEveryCharacterIsInTheTree(text);
  }

  @Example
  void anEscapeBeforeANoBreakSpaceEndsTheLineAndIsDropped() {
    // not a continuation (BuildKit's is the escape, blanks or tabs, the line end), and the
    // trimmed line's trailing escape is skipped by the word splitter: ENV keeps one pair
    String text = "FROM a\nENV org.label=\"a b\" \\\u00A0\norg.label=v\n";
    assertEveryCharacterIsInTheTree(text);
    Env env = (Env) DockerfileParser.parse(text).dockerfile().instructions().get(1);
    assertThat(env.pairs()).hasSize(1);
  }

  @Example
  void aQuotedEndOfFlagsIsConsumedLikeAPlainOne() {
    // BuildKit reads --" (a quote the line's end closes) and --"" as the word "--": the flags end
    // there and the word has no node (found by a CI run, seed 1225191073447694839)
    for (String run : List.of("RUN --\"", "RUN --\"\"  echo", "RUN --'' echo", "RUN --''\"")) {
      String text = "FROM alpine\n" + run + "\n";
      assertEveryCharacterIsInTheTree(text);
    }
    // a quote with something in it makes a flag of its own, which has a node
    assertThat(
            ((Run)
                    DockerfileParser.parse("FROM a\nRUN --\"x\" echo\n")
                        .dockerfile()
                        .instructions()
                        .get(1))
                .syntax()
                .flags())
        .hasSize(1);
  }

  @Example
  void leadingContinuationIsInTheTree() {
    // The '\\' at offset 7 is in no element: RUN starts at its keyword on line 3.
    assertEveryCharacterIsInTheTreeStrictly("FROM a\n\\\nRUN x\n");
  }

  static void assertEveryCharacterIsInTheTree(String text) {
    ParseResult result = DockerfileParser.parse(text);
    assertThat(unaccounted(result))
        .as("characters the tree loses in %s", Literal.of(text))
        .isEmpty();
  }

  static void assertEveryCharacterIsInTheTreeStrictly(String text) {
    ParseResult result = DockerfileParser.parse(text);
    assertThat(unaccounted(result))
        .as("characters the tree loses in %s", Literal.of(text))
        .isEmpty();
  }

  /** Descriptions of the characters of the text the tree does not account for. */
  static List<String> unaccounted(ParseResult result) {
    Dockerfile d = result.dockerfile();
    String text = d.text();
    int n = text.length();
    LineMap lines = LineMap.of(text);
    List<String> problems = new ArrayList<>();
    boolean[] inElement = new boolean[n];
    for (Element e : d.elements()) {
      mark(inElement, e.range(), n);
    }
    for (int i = 0; i < n; i++) {
      if (!inElement[i] && !isWhitespace(text, i)) {
        problems.add(describe(text, lines, i) + " is in no element");
      }
    }
    for (Instruction instruction : d.instructions()) {
      String name = instruction.getClass().getSimpleName() + " at " + instruction.range();
      InstructionSyntax s = instruction.syntax();
      boolean[] accounted = new boolean[n];
      LogicalText line = s.line();
      for (int k = 0; k < line.length(); k++) {
        int off = line.sourceOffset(k);
        if (off < 0 || off >= n) {
          problems.add(name + ": logical character " + k + " maps outside the text: " + off);
          continue;
        }
        if (text.charAt(off) != line.text().charAt(k)) {
          problems.add(
              name
                  + ": logical character "
                  + k
                  + " maps to "
                  + describe(text, lines, off)
                  + " but is '"
                  + line.text().charAt(k)
                  + "'");
        }
        accounted[off] = true;
      }
      s.continuations().forEach(r -> mark(accounted, r, n));
      s.emptyContinuationLines().forEach(r -> mark(accounted, r, n));
      s.innerComments().forEach(c -> mark(accounted, c.range(), n));
      for (Heredoc h : s.heredocs()) {
        mark(accounted, h.bodyRange(), n);
        mark(accounted, h.terminatorRange(), n);
      }
      SourceRange r = instruction.range();
      for (int i = Math.max(0, r.startOffset()); i < Math.min(n, r.endOffset()); i++) {
        if (!accounted[i] && !isWhitespace(text, i)) {
          problems.add(
              describe(text, lines, i)
                  + " is inside "
                  + name
                  + " but not on its line, in a continuation, comment or heredoc");
        }
      }
      if (keepsNoArguments(instruction, result.diagnostics())) {
        continue;
      }
      boolean[] byNode = new boolean[n];
      markNodes(instruction, byNode, n);
      markTrailingEscape(line, d.escape(), byNode);
      for (int k = 0; k < line.length(); k++) {
        int off = line.sourceOffset(k);
        if (off >= 0 && off < n && !byNode[off] && !isWhitespace(text, off)) {
          problems.add(describe(text, lines, off) + " of " + name + " is in no node");
        }
      }
    }
    return problems.size() > 10 ? problems.subList(0, 10) : problems;
  }

  /** Unknown instructions and lines BuildKit rejects keep their arguments only on the line. */
  private static boolean keepsNoArguments(Instruction i, List<Diagnostic> diagnostics) {
    Instruction inner = i;
    while (inner instanceof Onbuild o && o.trigger().isPresent()) {
      inner = o.trigger().get();
    }
    if (inner instanceof UnknownInstruction) {
      return true;
    }
    SourceRange range = i.range();
    return diagnostics.stream()
        .anyMatch(d -> ARGUMENT_ERRORS.contains(d.code()) && range.contains(d.range()));
  }

  private static void markNodes(Instruction instruction, boolean[] byNode, int n) {
    InstructionSyntax s = instruction.syntax();
    mark(byNode, s.keyword().range(), n);
    int headEnd = s.keyword().range().endOffset();
    for (Flag f : s.flags()) {
      mark(byNode, f.range(), n);
      headEnd = Math.max(headEnd, f.range().endOffset());
    }
    markEndOfFlags(s.line(), headEnd, byNode);
    if (instruction instanceof Onbuild o) {
      o.trigger().ifPresent(t -> markNodes(t, byNode, n));
      return;
    }
    for (Word w : s.arguments()) {
      mark(byNode, w.range(), n);
    }
    for (Heredoc h : s.heredocs()) {
      mark(byNode, h.wordRange(), n);
    }
    if (s.execForm()) {
      // The brackets and commas of a JSON array have no node: the array from '[' on is covered.
      if (instruction instanceof dev.dfkit.parser.ast.Healthcheck h && h.type().isPresent()) {
        headEnd = Math.max(headEnd, h.type().get().range().endOffset());
      }
      LogicalText line = s.line();
      int k = 0;
      while (k < line.length()
          && (line.sourceOffset(k) < headEnd || line.text().charAt(k) != '[')) {
        k++;
      }
      for (; k < line.length(); k++) {
        int off = line.sourceOffset(k);
        if (off >= 0 && off < n) {
          byNode[off] = true;
        }
      }
    }
  }

  /**
   * BuildKit trims the line (Go's unicode.IsSpace, so a no-break space too) and its word splitter
   * skips an escape character that ends it ({@code ENV a=b \<U+00A0>} has the one word {@code
   * a=b}): it has no node.
   */
  private static void markTrailingEscape(LogicalText line, char escape, boolean[] byNode) {
    String t = line.text();
    int k = t.length() - 1;
    while (k >= 0 && isSpace(t.charAt(k))) {
      k--;
    }
    if (k >= 0 && t.charAt(k) == escape && line.sourceOffset(k) >= 0) {
      byNode[line.sourceOffset(k)] = true;
    }
  }

  /**
   * BuildKit consumes a word whose value is {@code --} where a flag could start: it ends the flags
   * and has no node. Its quotes go with it: {@code --""}, or {@code --"} opening a quote that the
   * end of the line closes.
   */
  private static void markEndOfFlags(LogicalText line, int headEnd, boolean[] byNode) {
    String t = line.text();
    int end = t.length();
    while (end > 0 && isSpace(t.charAt(end - 1))) {
      end--; // BuildKit trims the line
    }
    int k = 0;
    while (k < end && line.sourceOffset(k) < headEnd) {
      k++;
    }
    while (k < end && isSpace(t.charAt(k))) {
      k++;
    }
    if (!t.startsWith("--", k)) {
      return;
    }
    int j = k + 2;
    while (j < end && (t.charAt(j) == '"' || t.charAt(j) == '\'')) {
      if (j + 1 < end && t.charAt(j + 1) == t.charAt(j)) {
        j += 2; // an empty quoted part
      } else if (j + 1 == end) {
        j++; // a quote the end of the line closes, with nothing in it
      } else {
        return; // a quote with something in it: a flag of its own
      }
    }
    if (j == end || isSpace(t.charAt(j))) {
      for (int i = k; i < j; i++) {
        byNode[line.sourceOffset(i)] = true;
      }
    }
  }

  private static void mark(boolean[] marks, SourceRange r, int n) {
    for (int i = Math.max(0, r.startOffset()); i < Math.min(n, r.endOffset()); i++) {
      marks[i] = true;
    }
  }

  /**
   * Go's unicode.IsSpace (what BuildKit trims and splits on), line terminators, and the byte-order
   * mark at the start of the file.
   */
  static boolean isWhitespace(String text, int i) {
    return isSpace(text.charAt(i)) || (i == 0 && text.charAt(0) == '\uFEFF');
  }

  /** Go's unicode.IsSpace. */
  private static boolean isSpace(char c) {
    return switch (c) {
      case ' ',
          '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          '\u0085',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000' ->
          true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  static String describe(String text, LineMap lines, int offset) {
    char c = text.charAt(offset);
    return String.format(
        "offset %d (%s) %s (U+%04X)",
        offset, lines.position(offset).display(), Literal.of(String.valueOf(c)), (int) c);
  }
}
