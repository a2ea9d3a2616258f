package dev.dfkit.parser.ast;

/** Dispatch over top-level elements; instructions go on to their own visitor. */
public interface ElementVisitor<R, C> {

  R visitDirective(Directive directive, C context);

  R visitComment(Comment comment, C context);

  R visitBlankLine(BlankLine blankLine, C context);

  R visitInstruction(Instruction instruction, C context);
}
