package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.source.SourceRange;
import dev.dfkit.parser.source.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's NoEmptyContinuation: a whitespace-only line inside a continued instruction. BuildKit
 * warns once per instruction (at its last line); we point at the first empty line, and the fix
 * deletes them all.
 */
@RuleInfo(
    id = "NoEmptyContinuation",
    name = "no-empty-continuation",
    severity = LintSeverity.WARNING,
    summary = "Empty continuation lines will become errors in a future release",
    url = "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class NoEmptyContinuation implements Rule {

  @Override
  public void check(LintContext context) {
    String text = context.dockerfile().text();
    for (Instruction i : context.dockerfile().instructions()) {
      List<SourceRange> empty = i.syntax().emptyContinuationLines();
      if (empty.isEmpty()) {
        continue;
      }
      List<TextEdit> edits = new ArrayList<>();
      for (SourceRange line : empty) {
        int end = line.endOffset();
        if (end < text.length() && text.charAt(end) == '\r') {
          end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
          end++;
        }
        edits.add(TextEdit.delete(context.dockerfile().lines().range(line.startOffset(), end)));
      }
      context.report(
          empty.get(0),
          "Empty continuation line",
          new Fix("delete the empty continuation lines", edits));
    }
  }
}
