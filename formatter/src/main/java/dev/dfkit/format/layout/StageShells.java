package dev.dfkit.format.layout;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.Stage;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which shell runs the shell-form commands of each instruction: only a POSIX shell's commands may
 * be re-laid out (cmd.exe and PowerShell read spaces and line breaks differently). A stage starts
 * with its base stage's shell, else {@code /bin/sh} (or cmd.exe when the file uses the backtick
 * escape or the base image looks like Windows); {@code SHELL} changes it from there on.
 */
public final class StageShells {

  private static final Set<String> POSIX =
      Set.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox", "yash", "posh");

  private final Map<Instruction, Boolean> posix = new IdentityHashMap<>();
  private final boolean windowsFile;

  private StageShells(boolean windowsFile) {
    this.windowsFile = windowsFile;
  }

  public static StageShells of(Dockerfile dockerfile) {
    boolean windowsFile = dockerfile.escape() == '`';
    StageShells s = new StageShells(windowsFile);
    Map<String, Boolean> stageEnd = new HashMap<>();
    for (Instruction i : dockerfile.globalArgs()) {
      s.posix.put(i, !windowsFile);
    }
    for (Stage stage : dockerfile.stages()) {
      From from = stage.from();
      String base = from.image().value().toLowerCase(Locale.ROOT);
      boolean current;
      if (stageEnd.containsKey(base)) {
        current = stageEnd.get(base);
      } else {
        current = !windowsFile && !looksLikeWindows(base);
      }
      s.put(from, current);
      for (Instruction i : stage.instructions()) {
        if (i instanceof Shell shell && !shell.syntax().arguments().isEmpty()) {
          current = isPosix(shell.syntax().arguments().get(0).value());
        }
        s.put(i, current);
      }
      stageEnd.put(String.valueOf(stage.index()), current);
      boolean end = current;
      from.stageName().ifPresent(n -> stageEnd.put(n, end));
    }
    return s;
  }

  private void put(Instruction i, boolean value) {
    posix.put(i, value);
    if (i instanceof Onbuild o && o.trigger().isPresent()) {
      posix.put(o.trigger().get(), value);
    }
  }

  /**
   * Every instruction's shell is POSIX ({@code posix}) or not: for one instruction parsed alone.
   */
  public static StageShells fixed(boolean posix) {
    return new StageShells(!posix);
  }

  /** True when the instruction's shell-form command runs in a POSIX shell. */
  public boolean isPosix(Instruction i) {
    return posix.getOrDefault(i, !windowsFile);
  }

  static boolean isPosix(String program) {
    String p = program.replace('\\', '/');
    p = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return POSIX.contains(p);
  }

  private static boolean looksLikeWindows(String image) {
    return image.contains("windows")
        || image.contains("nanoserver")
        || image.contains("servercore")
        || image.contains("powershell");
  }
}
