package dev.dfkit.format.layout;

import java.util.List;

/**
 * The small layout vocabulary of the formatter (google-java-format's Doc idea, cut down to what a
 * Dockerfile needs): text that is printed as is, places where a line may break, and groups whose
 * breaks are taken all together or not at all.
 */
public sealed interface Doc permits Doc.Text, Doc.Space, Doc.Line, Doc.Group {

  /** Text printed as is; never holds a line terminator. */
  record Text(String text) implements Doc {}

  /**
   * Blanks that depend on the enclosing group: {@code flat} when it stays on one line, {@code
   * broken} when it is broken (the space after a leading operator, say).
   */
  record Space(String flat, String broken) implements Doc {}

  /**
   * A place where the instruction may continue on the next line (escape character, line end,
   * indentation).
   *
   * @param flat what is printed when the enclosing group stays on one line
   * @param hard true when the line always breaks (the author broke it there, or a comment sits
   *     there)
   * @param level the continuation line's indentation, in indent units beyond the first
   * @param comments comment lines printed before the continuation line, at its indentation
   */
  record Line(String flat, boolean hard, int level, List<String> comments) implements Doc {
    public Line {
      comments = List.copyOf(comments);
    }

    boolean breaks() {
      return hard || !comments.isEmpty();
    }
  }

  /**
   * Parts laid out together: on one line when they fit and nothing forces a break, otherwise with
   * every {@link Line} directly inside broken (nested groups decide for themselves).
   *
   * @param force true when the group always breaks
   */
  record Group(List<Doc> parts, boolean force) implements Doc {
    public Group {
      parts = List.copyOf(parts);
    }
  }
}
