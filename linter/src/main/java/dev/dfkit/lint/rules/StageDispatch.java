package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Maintainer;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.UnknownInstruction;
import dev.dfkit.parser.semantic.StageBase;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instructions BuildKit dispatches for one stage, in its order: first the ONBUILD triggers of
 * the earlier stage the stage is built on, then the stage's own instructions. BuildKit parses and
 * checks a trigger only there, in the stage that runs it; the checks that run while dispatching
 * (UndefinedVar, WorkdirRelativePath, JSONArgsRecommended, ...) follow this order. A trigger's
 * finding points at the trigger itself, inside its ONBUILD.
 */
final class StageDispatch {

  /** One dispatched instruction; {@code trigger} when it comes from the parent's ONBUILD. */
  record Step(Instruction instruction, boolean trigger) {

    /**
     * Whether a rule that {@linkplain dev.dfkit.lint.Rule#refindsTriggers refinds triggers} checks
     * this step: every trigger, and the stage's own instructions it checks.
     */
    boolean checkedIn(LintContext context) {
      return trigger || context.checks(instruction);
    }
  }

  private StageDispatch() {}

  /** The earlier stage this stage is built on, if any. */
  static Optional<Stage> parent(LintContext context, Stage stage) {
    StageBase base = context.variables().base(stage);
    return base == null ? Optional.empty() : base.parent();
  }

  /** The steps of every stage of the file, made once per lint (eight rules walk them). */
  private record AllSteps(Map<Stage, List<Step>> byStage) {}

  static List<Step> steps(LintContext context, Stage stage) {
    AllSteps all =
        context.memo(
            AllSteps.class,
            () -> {
              Map<Stage, List<Step>> by = new IdentityHashMap<>();
              for (Stage s : context.dockerfile().stages()) {
                by.put(s, stepsOf(context, s));
              }
              return new AllSteps(by);
            });
    List<Step> steps = all.byStage().get(stage);
    return steps != null ? steps : stepsOf(context, stage);
  }

  private static List<Step> stepsOf(LintContext context, Stage stage) {
    List<Step> steps = new ArrayList<>();
    parent(context, stage)
        .ifPresent(
            parent -> {
              for (Instruction i : parent.instructions()) {
                if (i instanceof Onbuild onbuild && onbuild.trigger().isPresent()) {
                  Instruction t = onbuild.trigger().get();
                  // BuildKit rejects these triggers when it parses the ONBUILD.
                  if (!(t instanceof Onbuild
                      || t instanceof From
                      || t instanceof Maintainer
                      || t instanceof UnknownInstruction)) {
                    steps.add(new Step(t, true));
                  }
                }
              }
            });
    for (Instruction i : stage.instructions()) {
      steps.add(new Step(i, false));
    }
    return List.copyOf(steps);
  }
}
