package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.script.Assignment;
import dev.dfkit.parser.script.ShellNode;
import dev.dfkit.parser.script.ShellWord;
import dev.dfkit.parser.script.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint DL3042: pip keeps downloaded packages in a cache that ends up in the layer. Each {@code
 * pip install} (also {@code pip3}, {@code python -m pip}; not {@code pipx} nor {@code pipenv})
 * without {@code --no-cache-dir} is reported at its name, unless {@code PIP_NO_CACHE_DIR} is set to
 * a true value ({@code 1}, {@code true}, {@code on}, {@code yes}) by an ENV or ARG in scope (a
 * stage built on another inherits its ENV) or in the RUN itself ({@code PIP_NO_CACHE_DIR=1 pip
 * ...}, {@code export PIP_NO_CACHE_DIR=1}), or a cache or tmpfs mount covers {@code .cache/pip}
 * (hadolint's test: a target holding that text) or the whole {@code .cache} folder of a home
 * ({@code /root/.cache}). The fix inserts {@code --no-cache-dir} after {@code install}.
 */
@RuleInfo(
    id = "DL3042",
    name = "pip-no-cache-dir",
    severity = LintSeverity.WARNING,
    summary = "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3042",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3042 extends RunRule {

  static final String MESSAGE =
      "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`";

  private static final String VARIABLE = "PIP_NO_CACHE_DIR";
  private static final Set<String> TRUE =
      Set.of("1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES");

  @Override
  void checkRun(LintContext context, RunScript run) {
    List<RunCommand> installs = new ArrayList<>();
    for (RunCommand c : run.commands()) {
      if (PipCommands.isInstall(c) && !c.hasArg("--no-cache-dir") && !isWrapper(c)) {
        installs.add(c);
      }
    }
    // The exemptions walk the whole script: only worth it when there is something to exempt.
    if (installs.isEmpty()
        || run.mountsCacheAt(".cache/pip")
        || run.mountsCacheOver(".cache")
        || (!run.trigger() && isTrue(context.variables().before(run.run()).get(VARIABLE)))
        || run.script().map(DL3042::setsNoCacheDir).orElse(false)) {
      return;
    }
    for (RunCommand c : installs) {
      report(
          context,
          c,
          MESSAGE,
          c.firstArg("install").flatMap(i -> insertAfter(i, "--no-cache-dir")));
    }
  }

  private static boolean isWrapper(RunCommand c) {
    for (String w : new String[] {"pipx", "pipenv"}) {
      if (c.program().contains(w)
          || (c.program().startsWith("python") && PipCommands.runsModule(c, w))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTrue(String value) {
    return value != null && TRUE.contains(value);
  }

  /** {@code PIP_NO_CACHE_DIR=1} anywhere in the script: an assignment, or an argument of export. */
  private static boolean setsNoCacheDir(ShellNode node) {
    if (node instanceof Assignment a && a.name().equals(VARIABLE)) {
      return isTrue(a.value().literalValue().orElse(null));
    }
    if (node instanceof SimpleCommand c) {
      for (ShellWord w : c.arguments()) {
        Optional<String> v = w.literalValue();
        if (v.isPresent() && v.get().startsWith(VARIABLE + "=")) {
          if (isTrue(v.get().substring(VARIABLE.length() + 1))) {
            return true;
          }
        }
      }
    }
    for (ShellNode child : node.children()) {
      if (setsNoCacheDir(child)) {
        return true;
      }
    }
    return false;
  }
}
