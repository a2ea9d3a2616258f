package dev.dfkit.parser.script;

import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;

/**
 * Where the characters of a text the lexer read are: in the script given to {@link ShellScripts}
 * and in the Dockerfile. The text of a backquoted command (backslashes removed) maps through the
 * text it was taken from.
 */
interface Locator {

  /** The Dockerfile range of {@code [start, end)} of the lexed text. */
  SourceRange range(int start, int end);

  /** The offset in the script given to {@link ShellScripts} of the lexed text's {@code offset}. */
  int scriptOffset(int offset);

  /** The script itself. */
  record Root(LogicalText script) implements Locator {
    @Override
    public SourceRange range(int start, int end) {
      return script.range(start, end);
    }

    @Override
    public int scriptOffset(int offset) {
      return offset;
    }
  }

  /**
   * A text made from another one: character {@code i} is the outer text's {@code map[i]}, and
   * {@code map[length]} is where the text ends in the outer one.
   */
  record Mapped(Locator outer, int[] map) implements Locator {
    @Override
    public SourceRange range(int start, int end) {
      if (start == end) {
        // Like LogicalText: an empty span sits just after the character before it.
        int at = start == 0 ? map[0] : map[start - 1] + 1;
        return outer.range(at, at);
      }
      return outer.range(map[start], map[end - 1] + 1);
    }

    @Override
    public int scriptOffset(int offset) {
      return outer.scriptOffset(map[offset]);
    }
  }
}
