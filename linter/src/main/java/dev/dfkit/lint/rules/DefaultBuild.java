package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The stages a plain {@code docker build} runs: the last stage and every stage it needs, through
 * FROM, {@code COPY --from} and {@code RUN --mount=from=}, with the ARGs at their defaults.
 * BuildKit does not run the others (a stage meant for {@code --target}, an optional way to get a
 * binary), so what would fail in them does not fail that build. When a reference cannot be resolved
 * (a variable without a default), every stage counts.
 */
final class DefaultBuild {

  private DefaultBuild() {}

  /** Whether the default build runs {@code stage}. */
  static boolean runs(LintContext context, Stage stage) {
    return context.memo(Reached.class, () -> Reached.of(context)).stages()[stage.index()];
  }

  private record Reached(boolean[] stages) {

    static Reached of(LintContext context) {
      List<Stage> all = context.dockerfile().stages();
      boolean[] reached = new boolean[all.size()];
      if (all.isEmpty()) {
        return new Reached(reached);
      }
      Deque<Stage> todo = new ArrayDeque<>();
      todo.push(all.get(all.size() - 1));
      while (!todo.isEmpty()) {
        Stage stage = todo.pop();
        if (reached[stage.index()]) {
          continue;
        }
        reached[stage.index()] = true;
        if (context.variables().base(stage).image().value().isEmpty()) {
          return everything(all); // built on something the linter cannot name
        }
        StageChain.parent(context, stage).ifPresent(todo::push);
        for (Instruction i : stage.instructions()) {
          for (String from : sourcesFrom(context, i)) {
            if (from == null) {
              return everything(all);
            }
            stageNamed(all, from, stage.index()).ifPresent(todo::push);
          }
        }
      }
      return new Reached(reached);
    }

    private static Reached everything(List<Stage> all) {
      boolean[] reached = new boolean[all.size()];
      java.util.Arrays.fill(reached, true);
      return new Reached(reached);
    }

    /** The {@code --from} values of an instruction; null for one the linter cannot know. */
    private static List<String> sourcesFrom(LintContext context, Instruction i) {
      if (i instanceof Copy copy && copy.copyFlags().from().isPresent()) {
        Flag flag = copy.copyFlags().from().get();
        String value = flag.value() == null ? "" : flag.value();
        return java.util.Collections.singletonList(
            WordValues.known(context, copy, new Word(value, flag.valueRange())).orElse(null));
      }
      if (i instanceof Run run) {
        List<String> out = new java.util.ArrayList<>();
        for (Mount m : run.runFlags().mounts()) {
          m.from().ifPresent(f -> out.add(f.contains("$") ? null : f));
        }
        return out;
      }
      return List.of();
    }

    /** The earlier stage a {@code --from} value names (by name or index), if it names one. */
    private static Optional<Stage> stageNamed(List<Stage> all, String from, int before) {
      String name = from.toLowerCase(Locale.ROOT);
      for (int k = before - 1; k >= 0; k--) {
        if (all.get(k).name().map(n -> n.equals(name)).orElse(false)) {
          return Optional.of(all.get(k));
        }
      }
      OptionalInt index = StageChain.index(from);
      return index.isPresent() && index.getAsInt() < before
          ? Optional.of(all.get(index.getAsInt()))
          : Optional.empty(); // an image, or a stage not yet defined
    }
  }
}
