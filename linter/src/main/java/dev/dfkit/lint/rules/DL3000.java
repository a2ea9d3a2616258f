package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Workdir;

/**
 * hadolint DL3000: a relative WORKDIR depends on the previous one (or the base image's). Paths
 * starting with a variable, a quote around an absolute path, or a Windows drive are accepted.
 */
@RuleInfo(
    id = "DL3000",
    name = "use-absolute-workdir",
    severity = LintSeverity.ERROR,
    summary = "Use absolute WORKDIR",
    url = "https://github.com/hadolint/hadolint/wiki/DL3000",
    source = RuleSource.HADOLINT,
    sameAs = "WorkdirRelativePath")
public final class DL3000 extends InstructionRule {

  @Override
  public Void visitWorkdir(Workdir workdir, LintContext context) {
    String path = unquote(workdir.path().value());
    if (!path.isEmpty()
        && !path.startsWith("/")
        && !path.startsWith("$")
        && !WindowsPath.hasDrive(path)) {
      context.report(workdir.path().range(), "Use absolute WORKDIR");
    }
    return null;
  }

  @Override
  public Void visitOnbuild(Onbuild onbuild, LintContext context) {
    return visitTrigger(onbuild, context);
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
