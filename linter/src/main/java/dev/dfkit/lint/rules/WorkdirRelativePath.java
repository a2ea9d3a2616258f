package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Workdir;
import dev.dfkit.parser.dump.GoQuote;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.VariableScope;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * BuildKit's WorkdirRelativePath: the first WORKDIR of a stage is relative, so it depends on the
 * base image's working directory. Only the first WORKDIR counts (fixing it fixes the ones after),
 * and a stage built on an earlier stage that set one is fine. The path is checked after expansion,
 * as BuildKit does (a Windows drive path such as {@code C:\\app} is absolute, as for a Windows
 * stage); when it uses a variable that official images set (HOME, JAVA_HOME, ...) and the base
 * image is not known offline, the rule cannot tell and stays silent.
 */
@RuleInfo(
    id = "WorkdirRelativePath",
    name = "workdir-relative-path",
    severity = LintSeverity.WARNING,
    summary =
        "Relative workdir without an absolute workdir declared within the build can have"
            + " unexpected results if the base image changes",
    url = "https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/",
    source = RuleSource.BUILDKIT)
public final class WorkdirRelativePath implements Rule {

  @Override
  public void check(LintContext context) {
    Map<Stage, Boolean> setAtEnd = new IdentityHashMap<>();
    Set<Integer> reported = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      VariableScope parentScope =
          StageDispatch.parent(context, stage).map(p -> context.variables().after(p)).orElse(null);
      boolean set = StageDispatch.parent(context, stage).map(setAtEnd::get).orElse(false);
      for (StageDispatch.Step step : StageDispatch.steps(context, stage)) {
        Instruction i = step.instruction();
        if (!(i instanceof Workdir workdir)) {
          continue;
        }
        VariableScope scope = step.trigger() ? parentScope : context.variables().before(i);
        ExpandedWord path = context.variables().expand(workdir.path(), scope);
        if (path.value().isEmpty()) {
          continue; // BuildKit fails the build here
        }
        if (!set
            && !path.value().get().startsWith("/")
            && !WindowsPath.hasDrive(path.value().get())
            && !maySetByImage(path, scope)
            && reported.add(workdir.path().range().startOffset())) {
          context.report(
              workdir.path().range(),
              "Relative workdir "
                  + GoQuote.quote(path.value().get())
                  + " can have unexpected results if the base image changes");
        }
        set = true;
      }
      setAtEnd.put(stage, set);
    }
  }

  /**
   * True when the path uses a variable that the (unknown) base image may set: one of the names
   * official images set ({@link OfficialImageEnv}), as UndefinedVar assumes. Other unset names
   * expand to nothing, as they would in BuildKit when the image does not set them either.
   */
  private static boolean maySetByImage(ExpandedWord path, VariableScope scope) {
    if (!scope.baseImageUnknown()) {
      return false;
    }
    for (String name : path.unmatched()) {
      if (scope.variable(name).isEmpty() && OfficialImageEnv.NAMES.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
