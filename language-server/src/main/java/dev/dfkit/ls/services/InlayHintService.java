package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.semantic.Variable;
import dev.dfkit.parser.semantic.VariableKind;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.shell.Expansion;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Inlay hints: after each variable reference whose value is known at that point, what it expands to
 * ({@code FROM alpine:${TAG}} shows {@code = 3.20}), with the build's scoping (FROM lines see the
 * global ARGs, stages what they declare). Values set by the machine running the build (platform
 * ARGs) and references with no known value get no hint.
 */
public final class InlayHintService {

  /** Longer values are cut: a hint must not push the line off the screen. */
  static final int MAX_LABEL = 40;

  public List<InlayHint> inlayHints(DockerfileDocument doc, Range range, CancelChecker cancel) {
    cancel.checkCanceled();
    InstructionIndex index = InstructionIndex.of(doc);
    int start = Positions.offset(doc.lines(), range.getStart());
    int end = Positions.offset(doc.lines(), range.getEnd());
    char escape = index.dockerfile().escape();
    ShellLexer lexer = ShellLexer.of(escape);
    List<InlayHint> out = new ArrayList<>();
    for (Instruction top : index.overlapping(start, end)) {
      cancel.checkCanceled();
      Instruction instruction =
          top instanceof Onbuild o && o.trigger().isPresent() ? o.trigger().get() : top;
      for (VariableUse use : VariableUse.in(instruction, escape)) {
        int at = use.range().endOffset();
        if (at < start || at > end) {
          continue;
        }
        VariableScope scope = index.scopeAt(top, use.range().startOffset());
        hint(lexer, scope, use).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<InlayHint> hint(ShellLexer lexer, VariableScope scope, VariableUse use) {
    Optional<Variable> v = scope.variable(use.name());
    if (v.isPresent() && v.get().kind() == VariableKind.PREDEFINED) {
      return Optional.empty();
    }
    if (v.isEmpty() && use.reference().operator() == null) {
      return Optional.empty();
    }
    String value;
    try {
      Expansion e = lexer.processWord(use.text(), scope);
      value = e.result();
    } catch (ExpansionException | RuntimeException e) {
      return Optional.empty();
    }
    if (value.isEmpty() && v.map(x -> x.value() == null).orElse(true)) {
      return Optional.empty(); // nothing known: an ARG without default, an unset variable
    }
    String shown = value.replace("\n", "\\n");
    if (shown.length() > MAX_LABEL) {
      shown = shown.substring(0, MAX_LABEL - 1) + "…";
    }
    InlayHint hint =
        new InlayHint(Positions.position(use.range().end()), Either.forLeft("= " + shown));
    hint.setKind(InlayHintKind.Type);
    hint.setPaddingLeft(true);
    String where =
        v.flatMap(Variable::definition)
            .map(r -> VariableKinds.label(v.get().kind()) + " on line " + (r.start().line() + 1))
            .orElse("default of the reference");
    hint.setTooltip(
        Either.forRight(
            new MarkupContent(
                MarkupKind.MARKDOWN, "`" + use.text() + "` is `" + value + "` (" + where + ")")));
    return Optional.of(hint);
  }
}
