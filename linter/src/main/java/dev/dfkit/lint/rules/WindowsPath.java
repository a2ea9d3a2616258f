package dev.dfkit.lint.rules;

/**
 * Paths of Windows images ({@code C:\app}, {@code c:/app}): absolute by their drive letter, which
 * rules that ask for an absolute path accept as BuildKit does for a Windows stage. A Linux image
 * never names such a path on purpose, so the drive alone decides.
 */
final class WindowsPath {

  private WindowsPath() {}

  /** Whether the path starts with a drive letter, a colon and a separator. */
  static boolean hasDrive(String path) {
    return path.length() >= 3
        && isAsciiLetter(path.charAt(0))
        && path.charAt(1) == ':'
        && (path.charAt(2) == '\\' || path.charAt(2) == '/');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
