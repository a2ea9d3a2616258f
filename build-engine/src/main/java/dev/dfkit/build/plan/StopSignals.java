package dev.dfkit.build.plan;

import java.util.Locale;
import java.util.Set;

/** Validates STOPSIGNAL values as Docker's {@code signal.ParseSignal} does (Linux signals). */
final class StopSignals {
  private static final Set<String> NAMES =
      Set.of(
          "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT",
          "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM",
          "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ");

  private StopSignals() {}

  /**
   * Whether Docker accepts {@code signal}: a number from 1 to 64, or a name with or without SIG.
   */
  static boolean isValid(String signal) {
    if (signal.matches("[0-9]+")) {
      try {
        int n = Integer.parseInt(signal);
        return n >= 1 && n <= 64;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    String name = signal.toUpperCase(Locale.ROOT);
    if (name.startsWith("SIG")) {
      name = name.substring(3);
    }
    if (name.matches("RTMIN(\\+([0-9]|1[0-5]))?|RTMAX(-([0-9]|1[0-4]))?")) {
      return true;
    }
    return NAMES.contains(name);
  }
}
