/**
 * The typed, immutable, lossless Dockerfile syntax tree.
 *
 * <p>{@link dev.dfkit.parser.ast.Dockerfile} holds directives, every line as an {@link
 * dev.dfkit.parser.ast.Element} in order, the instructions grouped into {@link
 * dev.dfkit.parser.ast.Stage}s, and the full token list. Each instruction is a record of the sealed
 * {@link dev.dfkit.parser.ast.Instruction} hierarchy; consumers dispatch with {@link
 * dev.dfkit.parser.ast.InstructionVisitor}, so a new instruction type breaks every consumer at
 * compile time. Every node carries its {@link dev.dfkit.parser.source.SourceRange}.
 */
package dev.dfkit.parser.ast;
