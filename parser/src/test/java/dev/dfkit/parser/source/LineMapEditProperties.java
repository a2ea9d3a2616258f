package dev.dfkit.parser.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A line map made from an earlier one and an edit is the line map of the edited text. */
class LineMapEditProperties {

  @Property(tries = 3000)
  void anEditedMapIsTheFreshMap(
      @ForAll("texts") String before,
      @ForAll("texts") String inserted,
      @ForAll double from,
      @ForAll double length,
      @ForAll double headShare,
      @ForAll double tailShare) {
    int start = (int) (Math.abs(from % 1) * before.length());
    int end = start + (int) (Math.abs(length % 1) * (before.length() - start));
    String after = before.substring(0, start) + inserted + before.substring(end);
    // any head and tail no longer than what the edit kept (an editor may know less)
    int head = (int) (Math.abs(headShare % 1) * start);
    int tail = (int) (Math.abs(tailShare % 1) * (before.length() - end));
    LineMap edited = LineMap.edited(LineMap.of(before), after, head, tail);
    LineMap fresh = LineMap.of(after);
    assertThat(edited.length()).isEqualTo(fresh.length());
    assertThat(edited.lineCount()).isEqualTo(fresh.lineCount());
    for (int line = 0; line < fresh.lineCount(); line++) {
      assertThat(edited.lineStart(line)).as("line %d", line).isEqualTo(fresh.lineStart(line));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab\n\r").ofMaxLength(30);
  }
}
