/**
 * How instructions are laid out: a small Doc model (text, spaces, lines, groups), one emitter per
 * instruction kind behind the parser's {@code InstructionVisitor}, and the layout of shell-form
 * commands over the shell model.
 */
package dev.dfkit.format.layout;
