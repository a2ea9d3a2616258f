package dev.dfkit.build.copy;

import java.util.ArrayList;
import java.util.List;

/**
 * A symbolic mode ({@code chmod} syntax) with the BSD {@code setmode} semantics BuildKit uses,
 * evaluated with a zero umask: clauses separated by {@code ,}, each "who" letters ({@code ugoa},
 * none meaning all) followed by operations ({@code + - =}) with permission letters ({@code rwxXst})
 * or a class to copy from ({@code u g o}).
 *
 * <p>Deliberate BSD details: {@code s} only counts for {@code u}, {@code g} or no "who" (then it
 * sets both set-ID bits); {@code t} only for a "who" other than just {@code o}; {@code X} looks at
 * the original mode; {@code =} leaves the sticky bit alone unless {@code t} is named.
 */
final class ModeSet {

  private static final int SUID = 04000;
  private static final int SGID = 02000;
  private static final int STICKY = 01000;
  private static final int STANDARD = SUID | SGID | 0777;

  /** One step: add, remove, conditional execute, or copy one class's bits to others. */
  private record Step(char op, int bits, char copyFrom, boolean set, boolean clear, int targets) {}

  private final List<Step> steps;

  private ModeSet(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The parsed mode, or {@code null} when the syntax is invalid. */
  static ModeSet parse(String text) {
    return new Parser(text).parse();
  }

  /** The new {@code 07777} bits of a file whose bits are {@code mode}. */
  int apply(int mode, boolean directory) {
    int original = mode & 07777;
    int result = original;
    for (Step step : steps) {
      switch (step.op) {
        case '+' -> result |= step.bits;
        case '-' -> result &= ~step.bits;
        case 'X' -> {
          if ((original & 0111) != 0 || directory) {
            result |= step.bits;
          }
        }
        default -> {
          int value = (result >> shift(step.copyFrom)) & 7;
          if (step.clear) {
            int cleared = step.set ? 7 : value;
            for (char target : new char[] {'u', 'g', 'o'}) {
              if ((step.targets & mask(target)) != 0) {
                result &= ~((cleared << shift(target)) & step.bits);
              }
            }
          }
          if (step.set) {
            for (char target : new char[] {'u', 'g', 'o'}) {
              if ((step.targets & mask(target)) != 0) {
                result |= (value << shift(target)) & step.bits;
              }
            }
          }
        }
      }
    }
    return result & 07777;
  }

  private static int shift(char who) {
    return who == 'u' ? 6 : who == 'g' ? 3 : 0;
  }

  private static int mask(char who) {
    return who == 'u' ? 4 : who == 'g' ? 2 : 1;
  }

  private static final class Parser {
    private final String s;
    private int pos;
    private final List<Step> steps = new ArrayList<>();

    Parser(String s) {
      this.s = s;
    }

    ModeSet parse() {
      if (s.isEmpty()) {
        return null;
      }
      while (true) {
        int who = 0;
        while (pos < s.length() && "augo".indexOf(s.charAt(pos)) >= 0) {
          who |= whoBits(s.charAt(pos++));
        }
        if (pos >= s.length()) {
          return null;
        }
        boolean equalDone = false;
        // One or more operations share the clause's "who".
        while (true) {
          char op = s.charAt(pos++);
          if (op != '+' && op != '-' && op != '=') {
            return null;
          }
          if (op == '=') {
            equalDone = false;
          }
          who &= ~STICKY;
          int perm = 0;
          int permX = 0;
          while (true) {
            char c = pos < s.length() ? s.charAt(pos) : 0;
            switch (c) {
              case 'r' -> perm |= 0444;
              case 'w' -> perm |= 0222;
              case 'x' -> perm |= 0111;
              case 'X' -> {
                if (op != '-') {
                  permX = 0111;
                } else {
                  perm |= 0111;
                }
              }
              case 's' -> {
                if (who == 0 || (who & ~07) != 0) {
                  perm |= SUID | SGID;
                }
              }
              case 't' -> {
                if (who == 0 || (who & ~07) != 0) {
                  who |= STICKY;
                  perm |= STICKY;
                }
              }
              case 'u', 'g', 'o' -> {
                if (perm != 0) {
                  add(op, who, perm);
                  perm = 0;
                }
                if (op == '=') {
                  equalDone = true;
                }
                if (permX != 0) {
                  add('X', who, permX);
                  permX = 0;
                }
                addCopy(c, who, op);
              }
              default -> {
                if (perm != 0 || (op == '=' && !equalDone)) {
                  if (op == '=') {
                    equalDone = true;
                  }
                  add(op, who, perm);
                }
                if (permX != 0) {
                  add('X', who, permX);
                }
              }
            }
            if ("rwxXstugo".indexOf(c) < 0 || c == 0) {
              break;
            }
            pos++;
          }
          if (pos >= s.length()) {
            return new ModeSet(steps);
          }
          if (s.charAt(pos) == ',') {
            pos++;
            break;
          }
        }
      }
    }

    private static int whoBits(char c) {
      return switch (c) {
        case 'u' -> SUID | 0700;
        case 'g' -> SGID | 0070;
        case 'o' -> 0007;
        default -> STANDARD;
      };
    }

    private void add(char op, int who, int perm) {
      if (op == '=') {
        steps.add(new Step('-', who != 0 ? who : STANDARD, ' ', false, false, 0));
        op = '+';
      }
      steps.add(new Step(op, who != 0 ? who & perm : perm, ' ', false, false, 0));
    }

    private void addCopy(char from, int who, char op) {
      int targets;
      int bits;
      if (who != 0) {
        targets =
            ((who & 0400) != 0 ? 4 : 0) | ((who & 0040) != 0 ? 2 : 0) | ((who & 0004) != 0 ? 1 : 0);
        bits = ~0;
      } else {
        targets = 7;
        bits = ~0;
      }
      boolean set = op == '+' || op == '=';
      boolean clear = op == '-' || op == '=';
      steps.add(new Step('c', bits, from, set, clear, targets));
    }
  }
}
