package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * hadolint DL3049: every label of the configured schema ({@code labelSchema}) is set. A stage has a
 * label when it or a stage it builds on sets it. A stage is also fine when a stage built on it sets
 * the label (it is a step towards that image), or when another stage copies or mounts files from it
 * (it is a build step, not an image). Each stage missing a label is reported at its FROM image,
 * once per label.
 */
@RuleInfo(
    id = "DL3049",
    name = "required-label",
    severity = LintSeverity.INFO,
    summary = "Label `<label>` is missing.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3049",
    source = RuleSource.HADOLINT)
public final class DL3049 implements Rule {

  @Override
  public void check(LintContext context) {
    if (context.config().labelSchema().isEmpty()) {
      return;
    }
    List<Stage> stages = context.dockerfile().stages();
    List<Set<String>> own = new ArrayList<>();
    for (Stage stage : stages) {
      Set<String> keys = new HashSet<>();
      for (Instruction i : stage.instructions()) {
        if (i instanceof Label label) {
          for (KeyValue pair : label.pairs()) {
            keys.add(LabelValues.key(context, label, pair));
          }
        }
      }
      own.add(keys);
    }
    Set<Integer> sources = sourceStages(context);
    for (String label : new TreeSet<>(context.config().labelSchema().keySet())) {
      for (Stage stage : stages) {
        if (!sources.contains(stage.index())
            && !StageChain.chainHas(context, stage, s -> own.get(s.index()).contains(label))) {
          context.report(stage.from().image().range(), "Label `" + label + "` is missing.");
        }
      }
    }
  }

  /** Stages that others copy or mount files from. */
  private static Set<Integer> sourceStages(LintContext context) {
    Set<Integer> sources = new HashSet<>();
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof Copy copy) {
        copy.copyFlags()
            .from()
            .flatMap(f -> context.dockerfile().stage(f.value()))
            .ifPresent(s -> sources.add(s.index()));
      } else if (i instanceof Run run) {
        for (Mount m : run.runFlags().mounts()) {
          m.from().flatMap(context.dockerfile()::stage).ifPresent(s -> sources.add(s.index()));
        }
      }
    }
    return sources;
  }
}
