package dev.dfkit.ls.services;

import dev.dfkit.format.FormatOptions;
import dev.dfkit.format.FormatResult;
import dev.dfkit.format.Formatter;
import dev.dfkit.format.config.ConfigException;
import dev.dfkit.format.config.EditorConfig;
import dev.dfkit.format.config.FormatSection;
import dev.dfkit.format.config.OptionOverrides;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.edits.TextEdits;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.source.LineMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Formatting with dffmt, as small edits. Options, strongest first: the client's {@code dfls.format}
 * settings, the {@code format:} section of the nearest {@code .dflint.yaml}, {@code .editorconfig},
 * the editor's tab size (dffmt's continuation indent; dffmt always indents with spaces), dffmt's
 * defaults. A file with syntax errors where it would be formatted is left alone (no edits).
 */
public final class FormattingService {

  public List<TextEdit> format(
      DockerfileDocument doc,
      FormattingOptions editor,
      OptionOverrides settings,
      CancelChecker cancel) {
    cancel.checkCanceled();
    FormatResult r = Formatter.format(doc.text(), options(doc, editor, settings));
    cancel.checkCanceled();
    return TextEdits.of(doc.text(), doc.lines(), r.edits());
  }

  /** Formats the instructions the range touches, whole. */
  public List<TextEdit> rangeFormat(
      DockerfileDocument doc,
      Range range,
      FormattingOptions editor,
      OptionOverrides settings,
      CancelChecker cancel) {
    cancel.checkCanceled();
    LineMap lines = doc.lines();
    int start = Positions.offset(lines, range.getStart());
    int end = Math.max(start, Positions.offset(lines, range.getEnd()));
    FormatResult r =
        Formatter.formatRange(doc.text(), lines.range(start, end), options(doc, editor, settings));
    cancel.checkCanceled();
    return TextEdits.of(doc.text(), lines, r.edits());
  }

  /**
   * After a newline typed behind the escape character: indents the new continuation line as dffmt
   * would (the instruction's first continuation by the indent, later ones like the line above).
   */
  public List<TextEdit> onTypeFormat(
      DockerfileDocument doc,
      Position position,
      String typed,
      FormattingOptions editor,
      OptionOverrides settings,
      CancelChecker cancel) {
    cancel.checkCanceled();
    LineMap lines = doc.lines();
    int line = position.getLine();
    if (!"\n".equals(typed) || line <= 0 || line >= lines.lineCount()) {
      return List.of();
    }
    String text = doc.text();
    String above = lineText(text, lines, line - 1);
    if (!endsWithEscape(above, doc.dockerfile().escape())) {
      return List.of();
    }
    int instructionLine = instructionStartLine(doc, line - 1);
    String indent;
    if (instructionLine == line - 1) {
      indent = leadingWhitespace(above) + " ".repeat(options(doc, editor, settings).indent());
    } else {
      indent = leadingWhitespace(above);
    }
    String current = lineText(text, lines, line);
    String currentIndent = leadingWhitespace(current);
    if (currentIndent.equals(indent)) {
      return List.of();
    }
    int start = lines.lineStart(line);
    return List.of(
        new TextEdit(Positions.range(lines, start, start + currentIndent.length()), indent));
  }

  FormatOptions options(
      DockerfileDocument doc, FormattingOptions editor, OptionOverrides settings) {
    OptionOverrides fromEditor = OptionOverrides.NONE;
    if (editor != null && editor.getTabSize() >= 1 && editor.getTabSize() <= 16) {
      fromEditor =
          new OptionOverrides(
              Optional.of(editor.getTabSize()),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
    }
    OptionOverrides files = OptionOverrides.NONE;
    Optional<Path> path = doc.path();
    if (path.isPresent()) {
      files = fromFiles(path.get());
    }
    try {
      return settings.over(files).over(fromEditor).applyTo(FormatOptions.DEFAULTS);
    } catch (IllegalArgumentException e) {
      return files.over(fromEditor).applyTo(FormatOptions.DEFAULTS);
    }
  }

  /** {@code .dflint.yaml} over {@code .editorconfig}; a broken file counts as absent. */
  private static OptionOverrides fromFiles(Path file) {
    OptionOverrides yaml = OptionOverrides.NONE;
    OptionOverrides editorConfig = OptionOverrides.NONE;
    try {
      Optional<Path> found = FormatSection.find(file);
      if (found.isPresent()) {
        yaml = FormatSection.load(found.get());
      }
    } catch (ConfigException e) {
      // dflint's diagnostics report a broken .dflint.yaml; formatting goes on without it.
    }
    try {
      editorConfig = EditorConfig.forFile(file);
    } catch (ConfigException e) {
      // as above
    }
    return yaml.over(editorConfig);
  }

  private static int instructionStartLine(DockerfileDocument doc, int line) {
    for (Instruction i : doc.dockerfile().instructions()) {
      if (i.range().start().line() <= line && line <= i.range().end().line()) {
        return i.range().start().line();
      }
    }
    return line;
  }

  private static boolean endsWithEscape(String line, char escape) {
    String s = line.stripTrailing();
    return !s.isEmpty() && s.charAt(s.length() - 1) == escape && !s.stripLeading().startsWith("#");
  }

  private static String lineText(String text, LineMap lines, int line) {
    String s = text.substring(lines.lineStart(line), lines.lineEnd(line));
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static String leadingWhitespace(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(0, i);
  }
}
