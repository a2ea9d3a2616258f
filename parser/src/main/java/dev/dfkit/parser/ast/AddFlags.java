package dev.dfkit.parser.ast;

import java.util.List;
import java.util.Optional;

/** Flags of ADD. Boolean flags are present only when written; see {@link Flag#booleanValue()}. */
public record AddFlags(
    Optional<Flag> chown,
    Optional<Flag> chmod,
    Optional<Flag> link,
    Optional<Flag> keepGitDir,
    Optional<Flag> checksum,
    Optional<Flag> unpack,
    List<Flag> exclude) {

  public static final AddFlags NONE =
      new AddFlags(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of());

  public AddFlags {
    exclude = List.copyOf(exclude);
  }

  public boolean isLink() {
    return link.map(Flag::booleanValue).orElse(false);
  }

  /** {@code --keep-git-dir}: empty when not written (the build decides the default). */
  public Optional<Boolean> keepGitDirValue() {
    return keepGitDir.map(Flag::booleanValue);
  }

  /** {@code --unpack}: empty when not written (archives from the context are unpacked). */
  public Optional<Boolean> unpackValue() {
    return unpack.map(Flag::booleanValue);
  }
}
