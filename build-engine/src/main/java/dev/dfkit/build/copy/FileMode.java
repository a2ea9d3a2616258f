package dev.dfkit.build.copy;

/**
 * A {@code --chmod} value: an octal mode ({@code 0755}) or, as newer BuildKit accepts, a symbolic
 * one ({@code u+x}, {@code go-w}, {@code a+X}, {@code u=rw,g=r,o=r}).
 *
 * <p>Applied like BuildKit's copier: every copied file and directory gets it (an octal mode
 * replaces the permission bits, including set-user-ID, set-group-ID and sticky; a symbolic mode
 * edits the source's bits, {@code X} looking at the source's execute bits or whether it is a
 * directory). Directories the copy creates on the way to the destination get an octal mode's {@code
 * 0777} bits, or {@code 0755} with a symbolic mode. Symbolic links are never changed.
 */
public sealed interface FileMode permits FileMode.Octal, FileMode.Symbolic {

  /** The new permission bits ({@code 07777}) of a file whose bits are {@code current}. */
  int apply(int current, boolean directory);

  /** The mode of a directory the copy creates to reach its destination. */
  int createdDirectoryMode();

  /** As written. */
  String text();

  /** An octal mode, {@code 0} to {@code 07777}. */
  record Octal(int bits) implements FileMode {
    public Octal {
      if (bits < 0 || bits > 07777) {
        throw new IllegalArgumentException(nonOctal(Integer.toOctalString(bits)));
      }
    }

    @Override
    public int apply(int current, boolean directory) {
      return bits;
    }

    @Override
    public int createdDirectoryMode() {
      return bits & 0777;
    }

    @Override
    public String text() {
      return String.format("%04o", bits);
    }
  }

  /** A symbolic mode, parsed once. */
  record Symbolic(String text, ModeSet set) implements FileMode {
    @Override
    public int apply(int current, boolean directory) {
      return set.apply(current, directory);
    }

    @Override
    public int createdDirectoryMode() {
      return 0755;
    }
  }

  static FileMode octal(int bits) {
    return new Octal(bits);
  }

  /**
   * Parses a {@code --chmod} value as the Dockerfile frontend does: digits are an octal number no
   * larger than {@code 07777}, anything else a symbolic mode.
   *
   * @throws IllegalArgumentException with BuildKit's message
   */
  public static FileMode parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("invalid chmod parameter: '': invalid syntax");
    }
    if (Character.isDigit(text.charAt(0))) {
      // strconv.ParseUint(s, 8, 32), then the 07777 limit: one message for every numeric failure.
      long value = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '7' || value > 07777) {
          throw new IllegalArgumentException(nonOctal(text));
        }
        value = value * 8 + (c - '0');
      }
      if (value > 07777) {
        throw new IllegalArgumentException(nonOctal(text));
      }
      return new Octal((int) value);
    }
    ModeSet set = ModeSet.parse(text);
    if (set == null) {
      throw new IllegalArgumentException("invalid chmod parameter: '" + text + "': invalid syntax");
    }
    return new Symbolic(text, set);
  }

  private static String nonOctal(String text) {
    return "invalid chmod parameter: '"
        + text
        + "'. it should be octal string and between 0 and 07777";
  }
}
