package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Smart selection, innermost first: a name (variable, stage, delimiter), its word or flag value,
 * the flag or key=value pair, the instruction, its stage, the whole document.
 */
public final class SelectionRangeService {

  public List<SelectionRange> selectionRanges(
      DockerfileDocument doc, List<Position> positions, CancelChecker cancel) {
    List<SelectionRange> out = new ArrayList<>(positions.size());
    for (Position p : positions) {
      cancel.checkCanceled();
      out.add(selectionRange(doc, p));
    }
    return out;
  }

  private static SelectionRange selectionRange(DockerfileDocument doc, Position pos) {
    Dockerfile df = doc.dockerfile();
    int offset = Positions.offset(doc.lines(), pos);
    List<SourceRange> candidates = new ArrayList<>();
    SymbolIndex index = SymbolIndex.of(doc);
    index.at(offset).ifPresent(o -> candidates.add(o.range()));
    for (SymbolIndex.UnresolvedUse u : index.unresolved()) {
      candidates.add(u.range());
    }
    Element element = elementAt(df, offset);
    if (element != null) {
      candidates.add(element.range());
      candidates.add(blankDelimited(df, offset, element.range()));
      if (element instanceof Instruction i) {
        instructionParts(i, candidates);
        for (Stage s : df.stages()) {
          if (s.range().contains(i.range())) {
            candidates.add(s.range());
            break;
          }
        }
      }
    }
    SourceRange document = df.lines().range(0, df.lines().length());
    candidates.add(document);
    candidates.removeIf(r -> !touches(r, offset));
    candidates.sort(Comparator.comparingInt(SourceRange::length));
    // Innermost first; each must contain the one before it.
    List<SourceRange> chain = new ArrayList<>();
    for (SourceRange r : candidates) {
      SourceRange inner = chain.isEmpty() ? null : chain.get(chain.size() - 1);
      if (inner == null || (r.contains(inner) && !r.equals(inner))) {
        chain.add(r);
      }
    }
    if (chain.isEmpty()) {
      chain.add(SourceRange.empty(df.lines().position(offset)));
    }
    SelectionRange parent = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      parent = new SelectionRange(Positions.range(chain.get(i)), parent);
    }
    return parent;
  }

  /** The run of non-blank characters around the cursor, within the element. */
  private static SourceRange blankDelimited(Dockerfile df, int offset, SourceRange within) {
    String text = df.text();
    int start = offset;
    while (start > within.startOffset() && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = offset;
    while (end < within.endOffset() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return df.lines().range(start, end);
  }

  private static void instructionParts(Instruction i, List<SourceRange> out) {
    out.add(i.keyword().range());
    for (Flag f : i.flags()) {
      out.add(f.range());
      out.add(f.nameRange());
      out.add(f.valueRange());
    }
    for (Word w : i.syntax().arguments()) {
      out.add(w.range());
    }
    for (Heredoc h : i.syntax().heredocs()) {
      out.add(h.wordRange());
      out.add(h.bodyRange());
      out.add(h.terminatorRange());
    }
    if (i instanceof Arg arg) {
      for (ArgDeclaration d : arg.declarations()) {
        out.add(d.range());
        out.add(d.name().range());
        d.defaultValue().ifPresent(v -> out.add(v.range()));
      }
    } else if (i instanceof Env env) {
      pairs(env.pairs(), out);
    } else if (i instanceof Label label) {
      pairs(label.pairs(), out);
    } else if (i instanceof Onbuild onbuild && onbuild.trigger().isPresent()) {
      out.add(onbuild.trigger().get().range());
      instructionParts(onbuild.trigger().get(), out);
    }
  }

  private static void pairs(List<KeyValue> pairs, List<SourceRange> out) {
    for (KeyValue kv : pairs) {
      out.add(kv.range());
      out.add(kv.key().range());
      out.add(kv.value().range());
    }
  }

  /** The top-level element holding {@code offset} (binary search: elements are in order). */
  private static Element elementAt(Dockerfile df, int offset) {
    List<Element> elements = df.elements();
    int lo = 0;
    int hi = elements.size() - 1;
    Element found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Element e = elements.get(mid);
      if (e.range().startOffset() <= offset) {
        found = e;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found != null && touches(found.range(), offset) ? found : null;
  }

  private static boolean touches(SourceRange r, int offset) {
    return r.startOffset() <= offset && offset <= r.endOffset();
  }
}
