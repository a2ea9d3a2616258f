package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Folding ranges: stages, instructions written over several lines, heredoc bodies and blocks of
 * comment lines. Editors keep one range per start line, so where two start on the same line the
 * larger one is kept.
 */
public final class FoldingRangeService {

  public List<FoldingRange> foldingRanges(DockerfileDocument doc, CancelChecker cancel) {
    cancel.checkCanceled();
    Dockerfile df = doc.dockerfile();
    TreeMap<Integer, FoldingRange> byStart = new TreeMap<>();
    for (Stage stage : df.stages()) {
      add(byStart, stage.range().start().line(), lastLine(df, stage.range()), null);
    }
    for (Instruction i : df.instructions()) {
      cancel.checkCanceled();
      List<Heredoc> heredocs = i.syntax().heredocs();
      // The instruction line itself (continuations), up to the first heredoc body.
      int end =
          heredocs.isEmpty()
              ? lastLine(df, i.range())
              : heredocs.get(0).bodyRange().start().line() - 1;
      add(byStart, i.range().start().line(), end, null);
      int previousEnd = end;
      for (Heredoc h : heredocs) {
        SourceRange last = h.terminatorRange().length() > 0 ? h.terminatorRange() : h.bodyRange();
        int hEnd = lastLine(df, last);
        add(byStart, previousEnd, hEnd, null);
        previousEnd = hEnd;
      }
    }
    int blockStart = -1;
    int blockEnd = -1;
    for (Element e : df.elements()) {
      if (e instanceof Comment c && c.range().start().line() == blockEnd + 1 && blockStart >= 0) {
        blockEnd = c.range().start().line();
        continue;
      }
      add(byStart, blockStart, blockEnd, FoldingRangeKind.Comment);
      if (e instanceof Comment c) {
        blockStart = c.range().start().line();
        blockEnd = blockStart;
      } else {
        blockStart = -1;
        blockEnd = -1;
      }
    }
    add(byStart, blockStart, blockEnd, FoldingRangeKind.Comment);
    return new ArrayList<>(byStart.values());
  }

  /** The last line holding a character of the range (a range ending at a line start excluded). */
  private static int lastLine(Dockerfile df, SourceRange r) {
    if (r.length() == 0) {
      return r.end().line();
    }
    return df.lines().lineOf(r.endOffset() - 1);
  }

  private static void add(TreeMap<Integer, FoldingRange> byStart, int start, int end, String kind) {
    if (start < 0 || end <= start) {
      return;
    }
    FoldingRange existing = byStart.get(start);
    if (existing != null && existing.getEndLine() >= end) {
      return;
    }
    FoldingRange f = new FoldingRange(start, end);
    if (kind != null) {
      f.setKind(kind);
    }
    byStart.put(start, f);
  }
}
