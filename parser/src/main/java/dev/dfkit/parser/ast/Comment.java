package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;

/**
 * A full-line comment. {@code text} is the line from {@code #} to its end, without the line
 * terminator; the range covers the same characters.
 */
public record Comment(String text, SourceRange range) implements Element {

  /** The text after {@code #}, trimmed. */
  public String content() {
    return text.substring(1).strip();
  }

  @Override
  public <R, C> R accept(ElementVisitor<R, C> visitor, C context) {
    return visitor.visitComment(this, context);
  }
}
