package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.List;
import java.util.Set;

/**
 * hadolint DL3013: {@code pip install <package>} without a version installs whatever the index has
 * that day. Each package of a {@code pip install} (also {@code pip3}, {@code pipx}, {@code python
 * -m pip}) without a version specifier is reported at its word. As in hadolint, a command that
 * installs from a requirements file ({@code -r}, {@code --requirement}) or the current directory
 * ({@code .}), or that gives constraints ({@code -c}, {@code --constraint}), is left alone, and a
 * package counts as pinned when it has a specifier ({@code ==}, {@code >=}, {@code ~=}, ...), is a
 * VCS URL with {@code @ref}, a local wheel or sdist ({@code .whl}, {@code .tar.gz}), or a path or
 * URL that is not a VCS link. The values of options such as {@code --index-url}, {@code --target}
 * or {@code --python} are not packages. Variables are resolved through ARG and ENV; a value the
 * file does not give is not reported.
 */
@RuleInfo(
    id = "DL3013",
    name = "pin-pip-versions",
    severity = LintSeverity.WARNING,
    summary =
        "Pin versions in pip. Instead of `pip install <package>` use `pip install"
            + " <package>==<version>` or `pip install --requirement <requirements file>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3013",
    source = RuleSource.HADOLINT)
public final class DL3013 extends RunRule {

  static final String MESSAGE =
      "Pin versions in pip. Instead of `pip install <package>` use `pip install"
          + " <package>==<version>` or `pip install --requirement <requirements file>`";

  private static final Set<String> VALUED =
      Set.of(
          "abi",
          "b",
          "build",
          "e",
          "editable",
          "extra-index-url",
          "f",
          "find-links",
          "i",
          "index-url",
          "implementation",
          "no-binary",
          "only-binary",
          "platform",
          "prefix",
          "progress-bar",
          "proxy",
          "python",
          "python-version",
          "root",
          "root-user-action",
          "src",
          "t",
          "target",
          "trusted-host",
          "upgrade-strategy");

  private static final List<String> SPECIFIERS =
      List.of("==", ">=", "<=", ">", "<", "!=", "~=", "===");

  private static final List<String> VCS_SCHEMES =
      List.of(
          "git+file",
          "git+https",
          "git+ssh",
          "git+http",
          "git+git",
          "git",
          "hg+file",
          "hg+http",
          "hg+https",
          "hg+ssh",
          "hg+static-http",
          "svn",
          "svn+svn",
          "svn+http",
          "svn+https",
          "svn+ssh",
          "bzr+http",
          "bzr+https",
          "bzr+ssh",
          "bzr+sftp",
          "bzr+ftp",
          "bzr+lp");

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.commands()) {
      if (!PipCommands.isInstall(c)
          || c.hasArg("--requirement", "-r", ".")
          || c.hasFlag("constraint", "c")) {
        continue;
      }
      for (Argument p : packages(c)) {
        if (p.value().isPresent() && !pinned(p.value().get())) {
          report(context, p, MESSAGE);
        }
      }
    }
  }

  /** The operands after the first {@code install}. */
  private static List<Argument> packages(RunCommand c) {
    List<Argument> operands = c.operands(VALUED);
    int at = 0;
    while (at < operands.size() && !operands.get(at).is("install")) {
      at++;
    }
    while (at < operands.size() && operands.get(at).is("install")) {
      at++;
    }
    return operands.subList(at, operands.size());
  }

  static boolean pinned(String p) {
    boolean vcs = VCS_SCHEMES.stream().anyMatch(p::startsWith);
    return SPECIFIERS.stream().anyMatch(p::contains)
        || (vcs && p.contains("@"))
        || p.endsWith(".whl")
        || p.endsWith(".tar.gz")
        || (!vcs && p.contains("/"));
  }
}
