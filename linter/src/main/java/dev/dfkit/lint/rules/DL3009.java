package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import java.util.List;
import java.util.Set;

/**
 * hadolint DL3009: the package lists {@code apt-get update} downloads stay in the layer unless the
 * same RUN deletes them. A RUN whose {@code apt-get update} (or {@code apt update}, {@code aptitude
 * update}) is not followed by an {@code rm} of {@code /var/lib/apt/lists} is reported at the update
 * command. As in hadolint, only stages that end up in an image count: the last stage and stages
 * other stages are built FROM (a stage only copied from is left alone); a cache or tmpfs mount on
 * {@code /var/lib/apt/lists}, or on both {@code /var/lib/apt} and {@code /var/cache/apt}, keeps the
 * lists out of the layer. ONBUILD triggers are always checked.
 *
 * <p>Unlike hadolint, which takes any {@code rm -rf} as the cleanup, the {@code rm} must name a
 * path under {@code /var/lib/apt}. {@code apt-get dist-clean} (apt 2.7.8 and later, Debian trixie:
 * {@code clean} plus the lists) is a cleanup too; docker-library's trixie images use it.
 */
@RuleInfo(
    id = "DL3009",
    name = "delete-apt-lists",
    severity = LintSeverity.INFO,
    summary = "Delete the apt lists (/var/lib/apt/lists) after installing something",
    url = "https://github.com/hadolint/hadolint/wiki/DL3009",
    source = RuleSource.HADOLINT)
public final class DL3009 implements Rule {

  static final String MESSAGE =
      "Delete the apt lists (/var/lib/apt/lists) after installing something";

  private static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");

  @Override
  public void check(LintContext context) {
    RunScripts scripts = RunScripts.of(context);
    List<Stage> stages = context.dockerfile().stages();
    for (Stage stage : stages) {
      if (!inImage(context, stage)) {
        continue;
      }
      for (Instruction i : stage.instructions()) {
        if (i instanceof Run run) {
          check(context, scripts.of(run));
        }
      }
    }
    for (RunScript trigger : scripts.triggers()) {
      check(context, trigger);
    }
  }

  /** The last stage, or a stage another stage is built on. */
  static boolean inImage(LintContext context, Stage stage) {
    return stage.index() == context.dockerfile().stages().size() - 1
        || StageChain.hasChild(context, stage);
  }

  private static void check(LintContext context, RunScript run) {
    if (run.mountsCacheAt("/var/lib/apt/lists")
        || (run.mountsCacheAt("/var/lib/apt") && run.mountsCacheAt("/var/cache/apt"))) {
      return;
    }
    run.installWithoutCleanup(
            c -> APT.contains(c.name()) && c.hasArg("update"),
            c ->
                (c.is("rm") && c.hasArgStartingWith("/var/lib/apt"))
                    || (APT.contains(c.name()) && c.hasArg("dist-clean")))
        .ifPresent(c -> context.report(c.nameRange(), MESSAGE));
  }
}
