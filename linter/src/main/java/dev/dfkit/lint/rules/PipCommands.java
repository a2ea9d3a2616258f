package dev.dfkit.lint.rules;

import java.util.Collections;
import java.util.List;

/** How the hadolint rules recognise {@code pip install} (DL3013, DL3042). */
final class PipCommands {

  private PipCommands() {}

  /**
   * {@code pip install}, {@code pip3 install}, {@code pipx install}... ({@code pipenv} is not pip),
   * or {@code python -m pip install}. A path counts by its last part ({@code /venv/bin/pip}), which
   * hadolint does not look through.
   */
  static boolean isInstall(RunCommand c) {
    String program = c.program();
    if (program.startsWith("pip") && !program.startsWith("pipenv")) {
      return c.hasArg("install");
    }
    return program.startsWith("python") && runsModule(c, "pip", "install");
  }

  /** {@code python -m <module> <then>...}: the words appear in that order, next to each other. */
  static boolean runsModule(RunCommand c, String... words) {
    List<String> values = c.arguments().stream().map(a -> a.value().orElse("\0")).toList();
    List<String> wanted = new java.util.ArrayList<>();
    wanted.add("-m");
    wanted.addAll(List.of(words));
    return Collections.indexOfSubList(values, wanted) >= 0;
  }
}
