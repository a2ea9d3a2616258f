package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourcePosition;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every range of every node (found by {@link TreeRanges}) lies in the document, has line and column
 * that agree with its offset, and lies inside its parent's range; every character of every logical
 * text maps, in order, into its parent's range.
 */
class RangeProperties extends DockerfileInputs {

  @Property(tries = 1000)
  void rangesNestInArbitraryText(@ForAll("arbitraryText") String text) {
    assertRangesNest(text);
  }

  @Property(tries = 500)
  void rangesNestInMutatedConformanceFiles(@ForAll("mutatedConformance") String text) {
    assertRangesNest(text);
  }

  @Property(tries = 500)
  void rangesNestInGeneratedDockerfiles(@ForAll("structured") String text) {
    assertRangesNest(text);
  }

  @Property(tries = 300)
  void rangesNestInMutatedGeneratedDockerfiles(@ForAll("mutatedStructured") String text) {
    assertRangesNest(text);
  }

  @Example
  void continuationAtEndOfFileIsInsideItsInstruction() {
    // RUN is [7,14) (the final line terminator dropped) but its continuation is [13,15).
    assertRangesNestStrictly("FROM a\nRUN a \\\n");
  }

  @Example
  void emptyContinuationLineAtEndOfFileIsInsideItsInstruction() {
    // RUN is [7,15) but its empty continuation line is [15,16).
    assertRangesNestStrictly("FROM a\nRUN a \\\n\n");
  }

  @Example
  void unterminatedHeredocIsInsideItsInstruction() {
    // RUN is [7,24) but the body is [17,25) and the (empty) terminator [25,25).
    assertRangesNestStrictly("FROM a\nRUN <<EOF\necho hi\n");
  }

  @Example
  void emptyFlagValueBeforeContinuationIsInsideTheFlag() {
    // --link is [12,18); its valueRange is [20,20), on the next line.
    assertRangesNestStrictly("FROM a\nCOPY --link\\\n a b\n");
  }

  @Example
  void emptyArgDefaultBeforeContinuationIsInsideItsDeclaration() {
    // The declaration C= is [4,6); its default value is [8,8), on the next line.
    assertRangesNestStrictly("ARG C=\\\n A=1\n");
  }

  static void assertRangesNest(String text) {
    ParseResult result = DockerfileParser.parse(text);
    assertThat(problems(result)).as("ranges of %s", Literal.of(text)).isEmpty();
  }

  static void assertRangesNestStrictly(String text) {
    ParseResult result = DockerfileParser.parse(text);
    assertThat(problems(result)).as("ranges of %s", Literal.of(text)).isEmpty();
  }

  /** */
  static List<String> problems(ParseResult result) {
    String text = result.dockerfile().text();
    char escape = result.dockerfile().escape();
    int n = text.length();
    LineMap lines = LineMap.of(text);
    TreeRanges tree = TreeRanges.of(result);
    List<String> problems = new ArrayList<>();
    for (TreeRanges.Found f : tree.ranges()) {
      SourceRange r = f.range();
      String at = f.path() + " " + r + " [" + r.startOffset() + "," + r.endOffset() + ")";
      if (r.startOffset() < 0 || r.endOffset() > n || r.startOffset() > r.endOffset()) {
        problems.add(at + " is outside the document [0," + n + ")");
        continue;
      }
      checkPosition(problems, at + " start", r.start(), lines);
      checkPosition(problems, at + " end", r.end(), lines);
      SourceRange p = f.parent();
      if (!p.contains(r)) {
        problems.add(
            at + " is not inside its parent [" + p.startOffset() + "," + p.endOffset() + ")");
      }
    }
    for (TreeRanges.Mapped m : tree.texts()) {
      LogicalText t = m.text();
      SourceRange parent = m.parent();
      int last = -1;
      for (int k = 0; k < t.length(); k++) {
        int off = t.sourceOffset(k);
        if (off <= last) {
          problems.add(m.path() + " character " + k + " maps to " + off + ", not after " + last);
        }
        if (!parent.containsOffset(off)) {
          problems.add(
              m.path()
                  + " character "
                  + k
                  + " maps to "
                  + off
                  + ", outside its parent "
                  + parent.startOffset()
                  + "-"
                  + parent.endOffset());
        }
        last = off;
      }
      int end = t.endOffset();
      if (end < parent.startOffset() || end > parent.endOffset()) {
        problems.add(m.path() + " ends at " + end + ", outside its parent " + parent);
      }
    }
    SourceRange previous = null;
    for (Element e : result.dockerfile().elements()) {
      SourceRange r = e.range();
      if (previous != null && r.startOffset() < previous.endOffset()) {
        problems.add(
            e.getClass().getSimpleName() + " at " + r + " overlaps or precedes the element before");
      }
      if (previous != null && r.length() > 0 && r.startOffset() == previous.startOffset()) {
        problems.add(e.getClass().getSimpleName() + " at " + r + " starts with the one before");
      }
      previous = r;
    }
    return problems.size() > 10 ? problems.subList(0, 10) : problems;
  }

  private static void checkPosition(
      List<String> problems, String what, SourcePosition p, LineMap lines) {
    SourcePosition expected = lines.position(p.offset());
    if (expected.line() != p.line() || expected.column() != p.column()) {
      problems.add(
          what
              + " is at line "
              + p.line()
              + " column "
              + p.column()
              + " but offset "
              + p.offset()
              + " is at line "
              + expected.line()
              + " column "
              + expected.column());
    }
  }
}
