package dev.dfkit.parser;

import dev.dfkit.grammar.DockerfileLexer;
import dev.dfkit.grammar.DockerfileLexerBase.HeredocTerminator;
import dev.dfkit.grammar.Utf16CharStream;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.SyntaxCodes;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.syntax.HeredocWord;
import dev.dfkit.parser.syntax.HeredocWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses Dockerfiles. This is the only place that touches ANTLR: text goes in, a typed lossless
 * {@link Dockerfile} and its diagnostics come out. It never throws on any input text.
 */
public final class DockerfileParser {

  private DockerfileParser() {}

  /** Parses {@code text}; messages name it {@code Dockerfile}. */
  public static ParseResult parse(String text) {
    return parse(text, "Dockerfile");
  }

  /** Parses {@code text}; {@code sourceName} is used in messages. */
  public static ParseResult parse(String text, String sourceName) {
    return parse(text, sourceName, null, new ArrayList<>());
  }

  /**
   * Parses {@code text}, an edited version of {@code previous}'s text, to the same result as {@link
   * #parse(String, String)} gives: the lines before the first changed character that end with a
   * whole instruction are taken over from {@code previous} (their elements, tokens and diagnostics:
   * the text there is the same, and nothing after an instruction changes how it reads), and lexing
   * starts on the line after them. An editor re-parses on every keystroke, and this skips the part
   * of the file above it.
   */
  public static ParseResult reparse(ParseResult previous, String text) {
    return reparse(previous, text, commonPrefix(previous.dockerfile().text(), text));
  }

  /**
   * {@link #reparse(ParseResult, String)} for a caller that knows the first {@code unchanged}
   * characters of {@code text} are {@code previous}'s (an editor knows where its changes start, and
   * comparing the texts would read the whole file).
   */
  public static ParseResult reparse(ParseResult previous, String text, int unchanged) {
    return reparse(previous, text, unchanged, -1);
  }

  /**
   * {@link #reparse(ParseResult, String, int)} for a caller that also knows the last {@code
   * unchangedTail} characters of {@code text} are the end of {@code previous}'s text (an editor
   * knows where its changes end too); a negative {@code unchangedTail} means unknown, and the texts
   * are compared from their ends.
   */
  public static ParseResult reparse(
      ParseResult previous, String text, int unchanged, int unchangedTail) {
    Dockerfile before = previous.dockerfile();
    int same = Math.min(unchanged, Math.min(before.text().length(), text.length()));
    List<Element> elements = before.elements();
    // The last line start at or before the first change that follows a whole instruction.
    int keptElements = 0;
    int cut = 0;
    for (int j = 1; j < elements.size(); j++) {
      if (!(elements.get(j - 1) instanceof Instruction)) {
        continue;
      }
      int lineStart = before.lines().lineStart(elements.get(j).range().start().line());
      if (lineStart > same) {
        break;
      }
      keptElements = j;
      cut = lineStart;
    }
    if (keptElements == 0) {
      return parse(text, previous.sourceName());
    }
    List<Element> keptList = elements.subList(0, keptElements);
    List<Instruction> instructions = new ArrayList<>();
    for (Element e : keptList) {
      if (e instanceof Instruction i) {
        instructions.add(i);
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : previous.diagnostics()) {
      if (d.range().startOffset() < cut && !wholeFile(d)) {
        diagnostics.add(d);
      }
    }
    AstBuilder.Kept kept =
        new AstBuilder.Kept(
            before.directives(),
            keptList,
            instructions,
            before.tokens(),
            before.bom(),
            before.escape(),
            cut);
    String old = before.text();
    // The common tail, not reaching into the common head.
    int limit = Math.min(old.length(), text.length()) - same;
    int tail = unchangedTail >= 0 ? Math.min(unchangedTail, limit) : commonSuffix(old, text, limit);
    LineMap lines = LineMap.edited(before.lines(), text, same, tail);
    Later later = Later.find(previous, text, lines, tail, keptElements);
    if (later != null) {
      int keptDiagnostics = diagnostics.size();
      ParseResult result = parse(text, previous.sourceName(), kept, diagnostics, later, lines);
      if (result != null) {
        return result;
      }
      diagnostics.subList(keptDiagnostics, diagnostics.size()).clear();
    }
    return parse(text, previous.sourceName(), kept, diagnostics, null, lines);
  }

  /**
   * The part of an earlier parse below an edit that a re-parse takes over: the elements from the
   * first one that starts a line after the changed text and follows a whole instruction; in the
   * edited text they start {@code shift} characters and {@code lineShift} lines further on.
   */
  private record Later(
      ParseResult previous, int element, int oldStart, int newStart, int shift, int lineShift) {

    /** Null when no element below the edit qualifies. */
    static Later find(
        ParseResult previous, String text, LineMap newLines, int tail, int keptElements) {
      Dockerfile before = previous.dockerfile();
      String old = before.text();
      int shift = text.length() - old.length();
      int changedEnd = old.length() - tail; // old text from here on is in the edited text too
      List<Element> elements = before.elements();
      LineMap lines = before.lines();
      // The first element whose line starts after the changed text: its line end before it is
      // then unchanged too, so it starts a line in both texts.
      int lo = keptElements + 1;
      int hi = elements.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (lines.lineStart(elements.get(mid).range().start().line()) > changedEnd) {
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      for (int j = lo; j < elements.size(); j++) {
        if (elements.get(j - 1) instanceof Instruction) {
          int oldStart = lines.lineStart(elements.get(j).range().start().line());
          int newStart = oldStart + shift;
          return new Later(
              previous,
              j,
              oldStart,
              newStart,
              shift,
              newLines.lineOf(newStart) - lines.lineOf(oldStart));
        }
      }
      return null;
    }
  }

  /** How many characters {@code a} and {@code b} end with alike, at most {@code limit}. */
  private static int commonSuffix(String a, String b, int limit) {
    int n = 0;
    // blocks first: regionMatches compares a block in one intrinsic call
    final int block = 256;
    while (n + block <= limit
        && a.regionMatches(a.length() - n - block, b, b.length() - n - block, block)) {
      n += block;
    }
    while (n < limit && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static ParseResult parse(
      String text, String sourceName, AstBuilder.Kept kept, List<Diagnostic> diagnostics) {
    return parse(text, sourceName, kept, diagnostics, null, LineMap.of(text));
  }

  /**
   * Parses {@code text} after {@code kept} (null: from the start) and up to {@code later} (null: to
   * the end), taking {@code later}'s elements over. Null when the text read does not end between
   * two instructions (an edit that opened a heredoc or a continuation there): then the elements
   * below it read differently, and the caller parses to the end.
   */
  private static ParseResult parse(
      String text,
      String sourceName,
      AstBuilder.Kept kept,
      List<Diagnostic> diagnostics,
      Later later,
      LineMap lines) {
    int end = later == null ? text.length() : later.newStart();
    Utf16CharStream chars =
        new Utf16CharStream(text, sourceName, kept == null ? 0 : kept.end(), end);
    DockerfileLexer lexer = new DockerfileLexer(chars);
    if (kept != null) {
      lexer.resumeAfterInstruction(kept.escape());
    }
    lexer.removeErrorListeners();
    lexer.addErrorListener(InternalError.LISTENER);
    lexer.setHeredocPolicy(tokens -> heredocTerminators(tokens, lexer.escape()));
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    if (later != null && !lexer.betweenInstructions()) {
      return null;
    }
    dev.dfkit.grammar.DockerfileParser parser = new dev.dfkit.grammar.DockerfileParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(InternalError.LISTENER);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new NoResync()); // holds state: one per parse
    // The AST is built line by line as the parser goes; no parse tree is kept.
    AstBuilder builder = new AstBuilder(text, lines, tokens, lexer.escape(), diagnostics, kept);
    parser.setBuildParseTree(false);
    parser.addParseListener(builder);
    parser.dockerfile();
    if (later != null) {
      int read = builder.elementCount() - (kept == null ? 0 : kept.elements().size());
      if (read == 0 || !(builder.lastElement() instanceof Instruction)) {
        return null; // comments there would belong to the instruction below
      }
      takeOver(builder, later, lines, diagnostics);
    }
    Dockerfile dockerfile = builder.finish();
    diagnostics.sort((a, b) -> Integer.compare(a.range().startOffset(), b.range().startOffset()));
    Optional<MovedTail> moved =
        later == null
            ? Optional.empty()
            : Optional.of(
                new MovedTail(
                    later.previous().dockerfile(),
                    later.oldStart(),
                    later.newStart(),
                    later.lineShift()));
    return new ParseResult(sourceName, dockerfile, diagnostics, moved);
  }

  /** Moves {@code later}'s elements, tokens and diagnostics into place after what was read. */
  private static void takeOver(
      AstBuilder builder, Later later, LineMap lines, List<Diagnostic> diagnostics) {
    AstShift shift = new AstShift(lines, later.lineShift(), later.shift());
    Dockerfile before = later.previous().dockerfile();
    List<Element> old = before.elements();
    List<Element> moved = new ArrayList<>(old.size() - later.element());
    for (int j = later.element(); j < old.size(); j++) {
      moved.add(shift.element(old.get(j)));
    }
    builder.takeOver(moved, before.tokens(), later.oldStart(), later.shift());
    for (Diagnostic d : later.previous().diagnostics()) {
      if (d.range().startOffset() >= later.oldStart() && !wholeFile(d)) {
        diagnostics.add(shift.diagnostic(d));
      }
    }
  }

  /**
   * A diagnostic of a whole-file check (no stage, no instructions): a re-parse never takes it over,
   * it runs again over every instruction.
   */
  private static boolean wholeFile(Diagnostic d) {
    return d.code().equals(SyntaxCodes.NO_STAGE) || d.code().equals(SyntaxCodes.NO_INSTRUCTIONS);
  }

  /**
   * Reads and parses a file. Bytes that are not UTF-8 are replaced with U+FFFD.
   *
   * @throws IOException when the file cannot be read
   */
  public static ParseResult parse(Path path) throws IOException {
    return parse(decode(Files.readAllBytes(path)), path.toString());
  }

  /**
   * UTF-8 decoding that never fails: malformed bytes become U+FFFD, as a decoder with {@code
   * CodingErrorAction.REPLACE} does (the String constructor follows the same replacement rules, and
   * copies pure-ASCII input without decoding it).
   */
  public static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<HeredocTerminator> heredocTerminators(List<Token> tokens, char escape) {
    StringBuilder line = new StringBuilder();
    for (Token t : tokens) {
      if (AstBuilder.contributesToLine(t.getType())) {
        line.append(t.getText());
      }
    }
    try {
      List<HeredocTerminator> out = new ArrayList<>();
      for (HeredocWord w : HeredocWords.forInstruction(line.toString(), escape)) {
        out.add(new HeredocTerminator(w.name(), w.chomp()));
      }
      return out;
    } catch (HeredocWords.HeredocException e) {
      return List.of(); // reported by the AST builder
    }
  }

  /**
   * The default strategy, minus the re-synchronisation check it makes before every loop iteration
   * (a follow-set lookup per token): the grammar accepts every token sequence, so there is never
   * anything to recover from, and an error still reaches {@link InternalError}.
   */
  private static final class NoResync extends DefaultErrorStrategy {
    @Override
    public void sync(Parser recognizer) {}
  }

  /** The grammar accepts every token sequence, so a syntax error here is a bug in dfkit. */
  private static final class InternalError extends BaseErrorListener {
    static final InternalError LISTENER = new InternalError();

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      throw new IllegalStateException(
          "dfkit grammar bug at " + line + ":" + (charPositionInLine + 1) + ": " + msg);
    }
  }
}
