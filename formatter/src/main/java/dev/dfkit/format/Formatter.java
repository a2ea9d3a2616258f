package dev.dfkit.format;

import dev.dfkit.format.FormatOptions.LineEnding;
import dev.dfkit.format.layout.InstructionText;
import dev.dfkit.format.layout.LayoutContext;
import dev.dfkit.format.layout.ParsedScripts;
import dev.dfkit.format.layout.StageShells;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.BlankLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.SourceRange;
import dev.dfkit.parser.source.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats Dockerfiles. The layout is built from the syntax tree, never from the text; every word is
 * printed as the parser read it. Before anything is returned the output is parsed again and
 * compared with the input ({@link Equivalence}): an instruction whose new layout would read
 * differently, or would change again on a second run, is kept as written, and if the whole file
 * still differs the input is returned unchanged. Input with syntax errors is refused, not guessed
 * at.
 */
public final class Formatter {

  private final FormatOptions options;

  public Formatter(FormatOptions options) {
    this.options = options;
  }

  /** Formats a whole file. */
  public static FormatResult format(String text, FormatOptions options) {
    return new Formatter(options).format(text);
  }

  /**
   * Formats the lines of {@code range} (whole elements: an instruction touched by the range is
   * formatted whole) and returns the edits, for editors.
   */
  public static FormatResult formatRange(String text, SourceRange range, FormatOptions options) {
    return new Formatter(options).formatRange(text, range);
  }

  public FormatResult format(String text) {
    ParseResult parsed = DockerfileParser.parse(text);
    if (parsed.hasSyntaxErrors()) {
      return refused(text, parsed.syntaxErrors());
    }
    Signatures signatures = new Signatures(new ParsedScripts());
    List<Candidate> candidates = new ArrayList<>();
    List<FormatNote> notes = new ArrayList<>();
    Output output = output(text, parsed, plan(text, parsed, notes, signatures, candidates));
    FormatResult atOnce = checkedAtOnce(text, parsed, output, candidates, notes, signatures);
    if (atOnce != null) {
      return atOnce;
    }
    // Some new layout failed its check in the whole file: check each alone, so only the ones at
    // fault are kept as written.
    notes = new ArrayList<>();
    output = output(text, parsed, plan(text, parsed, notes, signatures, null));
    return checked(text, parsed, output.text, output.edits, notes, signatures);
  }

  /** The formatted text and the edits that make it. */
  private record Output(String text, List<TextEdit> edits) {}

  private static Output output(String text, ParseResult parsed, List<Segment> segments) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    List<TextEdit> edits = new ArrayList<>();
    for (Segment s : segments) {
      out.append(s.replacement);
      if (!s.replacement.equals(text.substring(s.start, s.end))) {
        edits.add(new TextEdit(parsed.dockerfile().lines().range(s.start, s.end), s.replacement));
      }
    }
    return new Output(out.toString(), edits);
  }

  /**
   * Checks every new instruction layout at once, in the formatted file, instead of parsing each
   * alone: one parse of the output instead of one per instruction. Each must be read back as one
   * instruction with exactly its text, mean what the original meant and lay out to itself again;
   * then the whole file is compared as {@link #checked} does. Null when anything fails (the caller
   * then checks each layout alone).
   */
  private FormatResult checkedAtOnce(
      String text,
      ParseResult parsed,
      Output output,
      List<Candidate> candidates,
      List<FormatNote> notes,
      Signatures signatures) {
    String out = output.text;
    if (out.equals(text)) {
      return candidates.isEmpty()
          ? new FormatResult(text, text, List.of(), List.of(), notes)
          : null;
    }
    ParseResult again = DockerfileParser.parse(out);
    if (again.hasSyntaxErrors()) {
      return null;
    }
    Dockerfile reread = again.dockerfile();
    Map<Integer, Instruction> byStart = new HashMap<>();
    for (Instruction i : reread.instructions()) {
      byStart.put(i.range().startOffset(), i);
    }
    for (Candidate c : candidates) {
      Instruction i = byStart.get(c.at);
      if (i == null
          || i.range().endOffset() != c.at + c.text.length()
          || !out.startsWith(c.text, c.at)
          || !SelfCheck.holds(c.original, c.text, i, reread, c.ctx, signatures)) {
        return null;
      }
    }
    if (!Equivalence.differences(parsed, again, signatures).isEmpty()) {
      return null;
    }
    return new FormatResult(text, out, output.edits, List.of(), notes);
  }

  public FormatResult formatRange(String text, SourceRange range) {
    ParseResult parsed = DockerfileParser.parse(text);
    Signatures signatures = new Signatures(new ParsedScripts());
    List<FormatNote> notes = new ArrayList<>();
    List<Segment> segments = plan(text, parsed, notes, signatures, null);
    int from = range.startOffset();
    int to = range.endOffset();
    List<Segment> touched = new ArrayList<>();
    for (Segment s : segments) {
      if (s.start <= to && from < s.end || (s.start == s.end && s.start == from)) {
        touched.add(s);
      }
    }
    if (touched.isEmpty()) {
      return new FormatResult(text, text, List.of(), List.of(), notes);
    }
    int spanStart = touched.get(0).start;
    int spanEnd = touched.get(touched.size() - 1).end;
    List<Diagnostic> errors = new ArrayList<>();
    for (Diagnostic d : parsed.syntaxErrors()) {
      if (d.range().startOffset() <= spanEnd && spanStart <= d.range().endOffset()) {
        errors.add(d);
      }
    }
    if (!errors.isEmpty()) {
      return refused(text, errors);
    }
    LineMap lines = parsed.dockerfile().lines();
    List<TextEdit> edits = new ArrayList<>();
    for (Segment s : touched) {
      if (!s.replacement.equals(text.substring(s.start, s.end))) {
        edits.add(new TextEdit(lines.range(s.start, s.end), s.replacement));
      }
    }
    List<FormatNote> inRange = new ArrayList<>();
    for (FormatNote n : notes) {
      if (n.range().startOffset() <= spanEnd && spanStart <= n.range().endOffset()) {
        inRange.add(n);
      }
    }
    return checked(text, parsed, TextEdit.apply(text, edits), edits, inRange, signatures);
  }

  private static FormatResult refused(String text, List<Diagnostic> errors) {
    return new FormatResult(text, text, List.of(), errors, List.of());
  }

  /** The last line of defence: the output must mean what the input meant. */
  private static FormatResult checked(
      String text,
      ParseResult parsed,
      String out,
      List<TextEdit> edits,
      List<FormatNote> notes,
      Signatures signatures) {
    if (out.equals(text)) {
      return new FormatResult(text, text, List.of(), List.of(), notes);
    }
    List<String> differences =
        Equivalence.differences(parsed, DockerfileParser.parse(out), signatures);
    if (!differences.isEmpty()) {
      List<FormatNote> all = new ArrayList<>(notes);
      all.add(
          new FormatNote(
              parsed.dockerfile().lines().range(0, text.length()),
              FormatNote.Kind.GUARD,
              "the formatted file would not mean the same ("
                  + differences.get(0)
                  + "); the file is kept as written"));
      return new FormatResult(text, text, List.of(), List.of(), all);
    }
    return new FormatResult(text, out, edits, List.of(), notes);
  }

  // ---- the plan: every element of the file and what it becomes --------------------------------

  /** {@code text[start, end)} becomes {@code replacement}; the segments tile the text. */
  private record Segment(int start, int end, String replacement) {}

  /**
   * A new layout not checked yet: {@code text} replaces {@code original} and starts at offset
   * {@code at} of the output.
   */
  private record Candidate(Instruction original, String text, int at, LayoutContext ctx) {}

  /**
   * @param candidates null to check each new instruction layout alone as it is made; else new
   *     layouts are used unchecked and listed here, for {@link #checkedAtOnce}
   */
  private List<Segment> plan(
      String text,
      ParseResult parsed,
      List<FormatNote> notes,
      Signatures signatures,
      List<Candidate> candidates) {
    Dockerfile doc = parsed.dockerfile();
    String eol = lineEnding(text);
    LayoutContext ctx =
        new LayoutContext(options, doc.escape(), eol, StageShells.of(doc), signatures.scripts());
    List<Element> elements = doc.elements();
    boolean[] blankBefore = blankLinesBeforeFrom(elements);
    int firstInstruction = firstInstruction(elements);
    List<Segment> segments = new ArrayList<>();
    int pos = 0;
    int outPos = 0;
    if (doc.bom() && text.startsWith("\uFEFF")) {
      segments.add(new Segment(0, 1, "\uFEFF"));
      pos = 1;
      outPos = 1;
    }
    boolean emitted = false;
    boolean blank = false;
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      int end = afterLineEnd(text, e.range().endOffset());
      if (e instanceof BlankLine) {
        // The parser reports the indentation before an instruction as a blank line of its own;
        // it is dropped. Blank lines at the top are dropped unless a comment follows (it could
        // become a parser directive without them).
        boolean indentation =
            i + 1 < elements.size()
                && elements.get(i + 1).range().start().line() == e.range().start().line();
        if (!indentation && (emitted || nextIsComment(elements, i))) {
          blank = true;
        }
        segments.add(new Segment(pos, end, ""));
        pos = end;
        continue;
      }
      StringBuilder r = new StringBuilder();
      if ((blank || (blankBefore[i] && emitted)) && (emitted || e instanceof Comment)) {
        r.append(eol);
      }
      blank = false;
      if (e instanceof Instruction in) {
        int at = outPos + r.length();
        r.append(instruction(in, doc, ctx, notes, signatures, candidates, at));
      } else if (e instanceof Comment c) {
        r.append(comment(c, text, doc.lines(), i < firstInstruction));
      } else if (e instanceof Directive d) {
        r.append(rawLine(d.range(), text, doc.lines()));
      }
      r.append(eol);
      segments.add(new Segment(pos, end, r.toString()));
      outPos += r.length();
      pos = end;
      emitted = true;
    }
    if (pos < text.length()) {
      segments.add(new Segment(pos, text.length(), ""));
    }
    return segments;
  }

  private String instruction(
      Instruction in,
      Dockerfile doc,
      LayoutContext ctx,
      List<FormatNote> notes,
      Signatures signatures,
      List<Candidate> candidates,
      int at) {
    String raw = doc.text(in.range());
    List<FormatNote> mine = new ArrayList<>();
    String candidate = InstructionText.of(in, doc, ctx, mine::add);
    if (candidate.equals(raw)) {
      notes.addAll(mine);
      return raw;
    }
    if (candidates != null) {
      notes.addAll(mine);
      candidates.add(new Candidate(in, candidate, at, ctx));
      return candidate;
    }
    String problem = SelfCheck.problem(in, candidate, ctx, signatures);
    if (problem == null) {
      notes.addAll(mine);
      return candidate;
    }
    String keywordOnly = InstructionText.keywordOnly(in, doc);
    String fallback =
        !keywordOnly.equals(candidate)
                && SelfCheck.problem(in, keywordOnly, ctx, signatures) == null
            ? keywordOnly
            : raw;
    notes.add(
        new FormatNote(
            in.range(),
            FormatNote.Kind.GUARD,
            problem + "; kept as written" + (fallback == raw ? "" : " (keyword in upper case)")));
    return fallback;
  }

  private static String comment(Comment c, String text, LineMap lines, boolean beforeInstructions) {
    if (beforeInstructions || c.content().isEmpty()) {
      // Before the first instruction a comment could turn into a parser directive, and an
      // indented empty comment means something different from a flush one: keep their indentation.
      return rawLine(c.range(), text, lines);
    }
    return c.text().stripTrailing();
  }

  private static String rawLine(SourceRange range, String text, LineMap lines) {
    int start = lines.lineStart(range.start().line());
    if (start == 0 && text.startsWith("\uFEFF")) {
      start = 1;
    }
    return text.substring(start, range.endOffset()).stripTrailing();
  }

  private boolean[] blankLinesBeforeFrom(List<Element> elements) {
    boolean[] out = new boolean[elements.size()];
    if (!options.blankLineBeforeFrom()) {
      return out;
    }
    boolean seenFrom = false;
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof From) {
        if (seenFrom) {
          int j = i;
          while (j > 0 && elements.get(j - 1) instanceof Comment) {
            j--;
          }
          out[j] = true;
        }
        seenFrom = true;
      }
    }
    return out;
  }

  private static int firstInstruction(List<Element> elements) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof Instruction) {
        return i;
      }
    }
    return elements.size();
  }

  private static boolean nextIsComment(List<Element> elements, int i) {
    for (int j = i + 1; j < elements.size(); j++) {
      if (!(elements.get(j) instanceof BlankLine)) {
        return elements.get(j) instanceof Comment;
      }
    }
    return false;
  }

  private static int afterLineEnd(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      return i + 1;
    }
    return end;
  }

  private String lineEnding(String text) {
    if (options.lineEnding() == LineEnding.LF) {
      return "\n";
    }
    if (options.lineEnding() == LineEnding.CRLF) {
      return "\r\n";
    }
    int crlf = 0;
    int lf = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (i > 0 && text.charAt(i - 1) == '\r') {
        crlf++;
      } else {
        lf++;
      }
    }
    return crlf > lf ? "\r\n" : "\n";
  }
}
