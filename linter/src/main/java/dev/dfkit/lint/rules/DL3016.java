package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.List;
import java.util.Set;

/**
 * hadolint DL3016: {@code npm install <package>} without a version installs whatever the registry
 * has that day. Each package of an {@code npm install} without {@code @version} (or {@code @tag})
 * is reported at its word. {@code npm install} with no package (from package.json) is fine; so are
 * tarballs ({@code .tar}, {@code .tgz}, {@code .tar.gz}), folders ({@code /}, {@code ./}, {@code
 * ../}, {@code ~/}) and git URLs with a {@code #commit}. A scope's {@code @} is not a version. As
 * in hadolint, {@code install} must be the first operand ({@code npm run x install} is not an
 * install) and the values of {@code --loglevel} and {@code --registry} are not packages.
 */
@RuleInfo(
    id = "DL3016",
    name = "pin-npm-versions",
    severity = LintSeverity.WARNING,
    summary =
        "Pin versions in npm. Instead of `npm install <package>` use `npm install"
            + " <package>@<version>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3016",
    source = RuleSource.HADOLINT)
public final class DL3016 extends RunRule {

  static final String MESSAGE =
      "Pin versions in npm. Instead of `npm install <package>` use `npm install"
          + " <package>@<version>`";

  private static final Set<String> VALUED = Set.of("loglevel", "registry");
  private static final List<String> GIT =
      List.of("git://", "git+ssh://", "git+http://", "git+https://");
  private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");
  private static final List<String> FOLDERS = List.of("/", "./", "../", "~/");

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("npm")) {
      List<Argument> operands = c.operands(VALUED);
      if (operands.isEmpty() || !operands.get(0).is("install")) {
        continue;
      }
      int at = 0;
      while (at < operands.size() && operands.get(at).is("install")) {
        at++;
      }
      for (Argument p : operands.subList(at, operands.size())) {
        if (p.value().isPresent() && !pinned(p.value().get())) {
          report(context, p, MESSAGE);
        }
      }
    }
  }

  private static boolean pinned(String p) {
    if (GIT.stream().anyMatch(p::startsWith)) {
      return p.contains("#");
    }
    if (TARBALLS.stream().anyMatch(p::endsWith) || FOLDERS.stream().anyMatch(p::startsWith)) {
      return true;
    }
    // The version follows the name: in @scope/name@1.0, the first @ belongs to the scope.
    String name = p;
    if (p.startsWith("@")) {
      int slash = p.indexOf('/');
      name = slash < 0 ? "" : p.substring(slash + 1);
    }
    return name.contains("@");
  }
}
