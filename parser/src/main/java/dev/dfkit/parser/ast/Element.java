package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;

/** One top-level line (or group of lines) of a Dockerfile, in document order. */
public sealed interface Element permits Directive, Comment, BlankLine, Instruction {

  SourceRange range();

  <R, C> R accept(ElementVisitor<R, C> visitor, C context);
}
