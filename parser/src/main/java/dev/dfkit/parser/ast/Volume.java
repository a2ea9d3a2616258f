package dev.dfkit.parser.ast;

import java.util.List;

/** {@code VOLUME path ...} or {@code VOLUME ["path"]}. */
public record Volume(InstructionSyntax syntax, List<Word> volumes) implements Instruction {

  public Volume {
    volumes = List.copyOf(volumes);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitVolume(this, context);
  }
}
