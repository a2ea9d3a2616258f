package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.Set;

/** Pinning of yum and dnf packages and modules (DL3033, DL3041). */
final class RpmPackages {

  /** Options of yum and dnf whose value is the next word. */
  private static final Set<String> VALUED =
      Set.of(
          "c",
          "config",
          "d",
          "debuglevel",
          "e",
          "errorlevel",
          "enablerepo",
          "disablerepo",
          "repo",
          "repoid",
          "x",
          "exclude",
          "installroot",
          "releasever",
          "setopt",
          "downloaddir",
          "destdir",
          "forcearch");

  private RpmPackages() {}

  /**
   * Reports the unpinned operands of {@code c} when it installs: packages need {@code
   * name-version}, modules ({@code <tool> module install}) need {@code name:stream}.
   */
  static void check(LintContext context, RunCommand c, String message) {
    if (!c.hasArg("install")) {
      return;
    }
    boolean module = c.hasArg("module");
    for (Argument p : c.operands(VALUED)) {
      if (p.value().isEmpty() || p.is("install") || p.is("module")) {
        continue;
      }
      String v = p.value().get();
      if (module ? !v.contains(":") : !versioned(v)) {
        RunRule.report(context, p, message);
      }
    }
  }

  /**
   * {@code name-version[-release]}: after the first dash, every part is made of letters, digits and
   * {@code . ~ ^ _ : +}, and one starts with a digit. An {@code .rpm} file has its version
   * (hadolint wants a dash in its name too).
   */
  static boolean versioned(String p) {
    if (p.endsWith(".rpm")) {
      return true;
    }
    String[] parts = p.split("-", -1);
    if (parts.length <= 1) {
      return false;
    }
    boolean digit = false;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (!part.chars().allMatch(RpmPackages::isVersionChar)) {
        return false;
      }
      digit |= !part.isEmpty() && Character.isDigit(part.charAt(0));
    }
    return digit;
  }

  private static boolean isVersionChar(int c) {
    return (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || ".~^_:+".indexOf(c) >= 0;
  }
}
