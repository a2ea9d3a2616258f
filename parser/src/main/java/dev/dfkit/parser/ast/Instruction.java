package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** A Dockerfile instruction. One record per instruction type; see {@link InstructionVisitor}. */
public sealed interface Instruction extends Element
    permits From,
        Run,
        Cmd,
        Label,
        Maintainer,
        Expose,
        Env,
        Add,
        Copy,
        Entrypoint,
        Volume,
        User,
        Workdir,
        Arg,
        Onbuild,
        Stopsignal,
        Healthcheck,
        Shell,
        UnknownInstruction {

  InstructionSyntax syntax();

  <R, C> R accept(InstructionVisitor<R, C> visitor, C context);

  @Override
  default SourceRange range() {
    return syntax().range();
  }

  default Keyword keyword() {
    return syntax().keyword();
  }

  default List<Flag> flags() {
    return syntax().flags();
  }

  @Override
  default <R, C> R accept(ElementVisitor<R, C> visitor, C context) {
    return visitor.visitInstruction(this, context);
  }
}
