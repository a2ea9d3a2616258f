package dev.dfkit.ls.services;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.suppress.Pragma;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.edits.TextEdits;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions on a range: every dflint fix there as a quick fix (linked to its diagnostic),
 * silencing a rule for one instruction ({@code # dflint ignore=}) or the whole file ({@code #
 * check=skip=} for BuildKit's checks, which is what {@code docker build} reads, {@code # dflint
 * global ignore=} for the others), converting a shell-form command to exec form where that runs
 * exactly the same program, and {@code source.fixAll}: every safe fix in the file.
 */
public final class CodeActionService {

  /** How many times fixes are re-applied: one fix can make room for another. */
  private static final int FIX_ROUNDS = 10;

  private final DiagnosticsService diagnostics;
  private final ExecFormConversion execForm = new ExecFormConversion();

  public CodeActionService(DiagnosticsService diagnostics) {
    this.diagnostics = diagnostics;
  }

  public List<Either<Command, CodeAction>> codeActions(
      DockerfileDocument doc,
      Range range,
      CodeActionContext context,
      DiagnosticsSettings settings,
      CancelChecker cancel) {
    List<String> only = context == null ? null : context.getOnly();
    LineMap lines = doc.lines();
    int from = Positions.offset(lines, range.getStart());
    int to = Math.max(from, Positions.offset(lines, range.getEnd()));
    List<Finding> findings = new ArrayList<>();
    for (Finding f : diagnostics.findings(doc, settings, cancel)) {
      if (f.file().isEmpty() && f.range().startOffset() <= to && from <= f.range().endOffset()) {
        findings.add(f);
      }
    }
    List<CodeAction> out = new ArrayList<>();
    if (wanted(only, CodeActionKind.QuickFix)) {
      for (Finding f : findings) {
        f.fix().ifPresent(fix -> out.add(quickFix(doc, f, fix.description(), fix.edits())));
      }
      Set<String> ignored = new LinkedHashSet<>();
      for (Finding f : findings) {
        if (ignored.add(f.rule())) {
          ignoreForInstruction(doc, f).ifPresent(out::add);
          ignoreInFile(doc, f).ifPresent(out::add);
        }
      }
    }
    cancel.checkCanceled();
    if (wanted(only, CodeActionKind.RefactorRewrite)) {
      execForm.at(doc, from, findings).ifPresent(out::add);
    }
    if (wanted(only, CodeActionKind.SourceFixAll)) {
      fixAll(doc, settings, cancel).ifPresent(out::add);
    }
    List<Either<Command, CodeAction>> result = new ArrayList<>();
    for (CodeAction a : out) {
      result.add(Either.forRight(a));
    }
    return result;
  }

  /** Every safe fix in the file, applied in rounds until none is left. */
  public Optional<CodeAction> fixAll(
      DockerfileDocument doc, DiagnosticsSettings settings, CancelChecker cancel) {
    String text = doc.text();
    DockerfileDocument current = doc;
    for (int round = 0; round < FIX_ROUNDS; round++) {
      List<TextEdit> edits = new ArrayList<>();
      for (Finding f : diagnostics.lint(current, settings, cancel).result().findings()) {
        if (f.fix().isPresent()
            && f.file().isEmpty()
            && TextEdit.disjoint(edits, f.fix().get().edits())) {
          edits.addAll(f.fix().get().edits());
        }
      }
      if (edits.isEmpty()) {
        break;
      }
      text = TextEdit.apply(text, edits);
      current = new DockerfileDocument(doc.uri(), doc.version(), text);
    }
    if (text.equals(doc.text())) {
      return Optional.empty();
    }
    CodeAction a = new CodeAction("Fix all auto-fixable problems (dflint)");
    a.setKind(CodeActionKind.SourceFixAll);
    a.setEdit(edit(doc, TextEdits.diff(doc.text(), doc.lines(), text)));
    return Optional.of(a);
  }

  private CodeAction quickFix(
      DockerfileDocument doc, Finding f, String description, List<TextEdit> edits) {
    CodeAction a = new CodeAction(capitalize(description) + " (" + f.rule() + ")");
    a.setKind(CodeActionKind.QuickFix);
    a.setDiagnostics(List.of(diagnostics.diagnostic(f)));
    a.setIsPreferred(true);
    a.setEdit(edit(doc, TextEdits.of(doc.text(), doc.lines(), edits)));
    return a;
  }

  /**
   * {@code # dflint ignore=RULE} on its own line above the instruction, with its indentation; added
   * to a pragma already right above it.
   */
  private Optional<CodeAction> ignoreForInstruction(DockerfileDocument doc, Finding f) {
    Optional<Instruction> found = instructionAt(doc, f.range().startOffset());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Instruction i = found.get();
    String text = doc.text();
    LineMap lines = doc.lines();
    int line = i.range().start().line();
    List<TextEdit> edits = new ArrayList<>();
    Optional<Pragma> above = pragmaAbove(i);
    if (above.isPresent()) {
      if (above.get().rules().contains(f.rule())) {
        return Optional.empty();
      }
      edits.add(TextEdit.insert(endOfText(above.get().comment(), lines), "," + f.rule()));
    } else {
      String indent = text.substring(lines.lineStart(line), i.range().startOffset());
      if (!indent.isBlank()) {
        indent = ""; // something else before the keyword on its line: keep the comment flush
      }
      edits.add(
          TextEdit.insert(
              lines.position(lines.lineStart(line)),
              indent + "# dflint ignore=" + f.rule() + eol(text)));
    }
    CodeAction a = new CodeAction("Ignore " + f.rule() + " for this instruction");
    a.setKind(CodeActionKind.QuickFix);
    a.setDiagnostics(List.of(diagnostics.diagnostic(f)));
    a.setEdit(edit(doc, TextEdits.of(text, lines, edits)));
    return Optional.of(a);
  }

  /**
   * BuildKit's checks are skipped with the {@code check} directive (so {@code docker build} skips
   * them too), merged into the file's own; other rules get a {@code # dflint global ignore=}.
   */
  private Optional<CodeAction> ignoreInFile(DockerfileDocument doc, Finding f) {
    Optional<RuleInfo> info = diagnostics.rule(f.rule());
    boolean buildKit = info.map(r -> r.source() == RuleSource.BUILDKIT).orElse(false);
    String text = doc.text();
    LineMap lines = doc.lines();
    List<TextEdit> edits = new ArrayList<>();
    String title;
    if (buildKit) {
      title = "Skip " + f.rule() + " in this file (# check=skip)";
      Optional<Directive> check = doc.dockerfile().directive(Directive.CHECK);
      if (check.isPresent()) {
        Optional<String> merged = withSkip(check.get().value(), f.rule());
        if (merged.isEmpty()) {
          return Optional.empty();
        }
        edits.add(new TextEdit(check.get().valueRange(), merged.get()));
      } else {
        edits.add(
            TextEdit.insert(
                lines.position(topInsertOffset(doc)), "# check=skip=" + f.rule() + eol(text)));
      }
    } else {
      title = "Ignore " + f.rule() + " in this file (# dflint global ignore)";
      Optional<Pragma> global = globalPragma(doc);
      if (global.isPresent()) {
        if (global.get().rules().contains(f.rule())) {
          return Optional.empty();
        }
        edits.add(TextEdit.insert(endOfText(global.get().comment(), lines), "," + f.rule()));
      } else {
        edits.add(
            TextEdit.insert(
                lines.position(topInsertOffset(doc)),
                "# dflint global ignore=" + f.rule() + eol(text)));
      }
    }
    CodeAction a = new CodeAction(title);
    a.setKind(CodeActionKind.QuickFix);
    a.setDiagnostics(List.of(diagnostics.diagnostic(f)));
    a.setEdit(edit(doc, TextEdits.of(text, lines, edits)));
    return Optional.of(a);
  }

  /** {@code skip=...} of a check directive's value with {@code rule} added; empty if covered. */
  static Optional<String> withSkip(String value, String rule) {
    String v = value.strip();
    List<String> parts = new ArrayList<>();
    boolean added = false;
    for (String part : v.split(";", -1)) {
      String p = part.strip();
      if (p.startsWith("skip=") || p.startsWith("skip =")) {
        String list = p.substring(p.indexOf('=') + 1).strip();
        for (String r : list.split(",")) {
          if (r.strip().equals(rule) || r.strip().equals("all")) {
            return Optional.empty();
          }
        }
        parts.add(list.isEmpty() ? "skip=" + rule : "skip=" + list + "," + rule);
        added = true;
      } else if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (!added) {
      parts.add("skip=" + rule);
    }
    return Optional.of(String.join(";", parts));
  }

  /** Just after the parser directives (a new line there stays a directive or a plain comment). */
  private static int topInsertOffset(DockerfileDocument doc) {
    List<Directive> directives = doc.dockerfile().directives();
    LineMap lines = doc.lines();
    if (!directives.isEmpty()) {
      int last = directives.get(directives.size() - 1).range().end().line();
      return last + 1 < lines.lineCount() ? lines.lineStart(last + 1) : lines.length();
    }
    return doc.dockerfile().bom() && doc.text().startsWith("\uFEFF") ? 1 : 0;
  }

  private static Optional<Pragma> globalPragma(DockerfileDocument doc) {
    for (Element e : doc.dockerfile().elements()) {
      if (e instanceof Comment c) {
        Optional<Pragma> p = Pragma.of(c);
        if (p.isPresent() && p.get().global() && p.get().tool().equals("dflint")) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  /** A local pragma in the comment lines right above the instruction (no blank line between). */
  private static Optional<Pragma> pragmaAbove(Instruction i) {
    List<Comment> comments = i.syntax().precedingComments();
    int expected = i.range().start().line() - 1;
    for (int k = comments.size() - 1; k >= 0; k--) {
      Comment c = comments.get(k);
      if (c.range().start().line() != expected) {
        break;
      }
      Optional<Pragma> p = Pragma.of(c);
      if (p.isPresent() && !p.get().global()) {
        return p;
      }
      expected--;
    }
    return Optional.empty();
  }

  private static dev.dfkit.parser.source.SourcePosition endOfText(Comment c, LineMap lines) {
    return lines.position(c.range().startOffset() + c.text().stripTrailing().length());
  }

  static Optional<Instruction> instructionAt(DockerfileDocument doc, int offset) {
    for (Instruction i : doc.dockerfile().instructions()) {
      if (i.range().startOffset() <= offset && offset <= i.range().endOffset()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static boolean wanted(List<String> only, String kind) {
    if (only == null || only.isEmpty()) {
      return true;
    }
    for (String o : only) {
      if (kind.equals(o) || kind.startsWith(o + ".")) {
        return true;
      }
    }
    return false;
  }

  static WorkspaceEdit edit(DockerfileDocument doc, List<org.eclipse.lsp4j.TextEdit> edits) {
    return new WorkspaceEdit(Map.of(doc.uri(), edits));
  }

  private static String eol(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
