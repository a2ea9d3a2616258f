package dev.dfkit.parser.ast;

/** {@code USER user[:group]}. */
public record User(InstructionSyntax syntax, Word user) implements Instruction {

  /** The user part (before the first {@code :}). */
  public String userName() {
    String u = user.value();
    int colon = u.indexOf(':');
    return colon < 0 ? u : u.substring(0, colon);
  }

  /** The group part, if a {@code :group} was given. */
  public java.util.Optional<String> group() {
    String u = user.value();
    int colon = u.indexOf(':');
    return colon < 0 ? java.util.Optional.empty() : java.util.Optional.of(u.substring(colon + 1));
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitUser(this, context);
  }
}
