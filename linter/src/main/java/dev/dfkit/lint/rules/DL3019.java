package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3019: {@code apk add --no-cache} fetches the index and leaves no cache behind, so no
 * {@code apk update} nor {@code rm -rf /var/cache/apk/*} is needed. Each {@code apk add} without
 * {@code --no-cache} is reported at {@code apk}, unless a cache or tmpfs mount covers {@code
 * /var/cache/apk}, or it runs with {@code --no-network} (nothing is fetched, so nothing is cached:
 * docker-library's images mark their run-time dependencies with {@code apk add --no-network
 * --virtual .rundeps ...}; hadolint reports it). The fix inserts {@code --no-cache} after {@code
 * add}.
 */
@RuleInfo(
    id = "DL3019",
    name = "apk-no-cache",
    severity = LintSeverity.INFO,
    summary =
        "Use the `--no-cache` switch to avoid the need to use `--update` and remove"
            + " `/var/cache/apk/*` when done installing packages",
    url = "https://github.com/hadolint/hadolint/wiki/DL3019",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3019 extends RunRule {

  static final String MESSAGE =
      "Use the `--no-cache` switch to avoid the need to use `--update` and remove"
          + " `/var/cache/apk/*` when done installing packages";

  @Override
  void checkRun(LintContext context, RunScript run) {
    if (run.mountsCacheAt("/var/cache/apk")) {
      return;
    }
    for (RunCommand c : run.named("apk")) {
      c.firstArg("add")
          .filter(add -> !c.hasFlag("no-cache", "no-network"))
          .ifPresent(add -> report(context, c, MESSAGE, insertAfter(add, "--no-cache")));
    }
  }
}
