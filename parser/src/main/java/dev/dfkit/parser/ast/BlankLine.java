package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;

/** A line holding nothing but whitespace; the range covers that whitespace (maybe empty). */
public record BlankLine(SourceRange range) implements Element {

  @Override
  public <R, C> R accept(ElementVisitor<R, C> visitor, C context) {
    return visitor.visitBlankLine(this, context);
  }
}
