package dev.dfkit.parser.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The String fast path of {@link LineMap#of} finds the same lines as the per-character scan. */
class LineMapProperties {

  @Property(tries = 1000)
  void stringAndCharSequenceAgree(
      @ForAll @Chars({'\n', '\r', 'a', ' ', '\u00e9', '\ud83d', '\ude00'}) @StringLength(max = 60)
          String text) {
    LineMap fromString = LineMap.of(text);
    LineMap fromSequence = LineMap.of(new StringBuilder(text));
    assertThat(fromString.lineCount()).isEqualTo(fromSequence.lineCount());
    assertThat(fromString.length()).isEqualTo(text.length());
    for (int line = 0; line < fromString.lineCount(); line++) {
      assertThat(fromString.lineStart(line)).isEqualTo(fromSequence.lineStart(line));
      assertThat(fromString.lineEnd(line)).isEqualTo(fromSequence.lineEnd(line));
    }
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(fromString.position(offset)).isEqualTo(fromSequence.position(offset));
    }
  }
}
