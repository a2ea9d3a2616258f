package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3040: {@code dnf install} (and {@code upgrade}, {@code reinstall}, with their short
 * forms) leaves its cache in the layer unless the same RUN cleans it. For {@code dnf} and {@code
 * microdnf} each, a RUN whose last such command is not followed by {@code clean} from the same tool
 * (or an {@code rm} under {@code /var/cache/libdnf5}, {@code /var/cache/dnf} or {@code
 * /var/cache/yum}) is reported at that command, unless a cache or tmpfs mount covers the libdnf5
 * cache. (hadolint compares the first install with the first clean, and takes any {@code rm -rf}.)
 */
@RuleInfo(
    id = "DL3040",
    name = "dnf-clean-all",
    severity = LintSeverity.WARNING,
    summary = "`dnf clean all` missing after dnf command.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3040",
    source = RuleSource.HADOLINT)
public final class DL3040 extends RunRule {

  static final String MESSAGE = "`dnf clean all` missing after dnf command.";

  private static final String[] INSTALLS = {
    "install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"
  };

  @Override
  void checkRun(LintContext context, RunScript run) {
    if (run.mountsCacheAt("/var/cache/libdnf5") || run.mountsCacheAt(".cache/libdnf5")) {
      return;
    }
    for (String tool : new String[] {"dnf", "microdnf"}) {
      run.installWithoutCleanup(
              c -> c.is(tool) && c.hasArg(INSTALLS),
              c ->
                  (c.is(tool) && c.hasArg("clean"))
                      || (c.is("rm")
                          && (c.hasArgStartingWith("/var/cache/libdnf5")
                              || c.hasArgStartingWith("/var/cache/dnf")
                              || c.hasArgStartingWith("/var/cache/yum"))))
          .ifPresent(c -> context.report(c.nameRange(), MESSAGE));
    }
  }
}
