package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.StageBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/** How the stages of a file build on each other ({@code FROM <earlier stage>}). */
final class StageChain {

  private StageChain() {}

  /**
   * The earlier stage a stage is built on. Stage names compare case-insensitively, as BuildKit
   * compares them.
   */
  static Optional<Stage> parent(LintContext context, Stage stage) {
    return context.memo(Parents.class, () -> Parents.of(context)).of(stage);
  }

  /**
   * Every stage's parent, found in one pass (rules ask for each stage's parent, sometimes for every
   * pair of stages: a scan per question made many-stage files quadratic or worse).
   */
  private record Parents(List<Optional<Stage>> byIndex) {

    static Parents of(LintContext context) {
      List<Stage> stages = context.dockerfile().stages();
      List<Optional<Stage>> byIndex = new ArrayList<>(stages.size());
      Map<String, Stage> named = new HashMap<>(); // the last earlier stage of each name
      for (Stage stage : stages) {
        byIndex.add(find(context, stage, named));
        stage.name().ifPresent(n -> named.put(n, stage));
      }
      return new Parents(byIndex);
    }

    private static Optional<Stage> find(
        LintContext context, Stage stage, Map<String, Stage> named) {
      StageBase base = context.variables().base(stage);
      if (base.parent().isPresent()) {
        return base.parent();
      }
      return base.image().value().map(image -> named.get(image.toLowerCase(Locale.ROOT)));
    }

    Optional<Stage> of(Stage stage) {
      return byIndex.get(stage.index());
    }
  }

  /**
   * The stage index a {@code --from} value names when it is a number, as BuildKit reads it (a short
   * run of digits; anything else is a name or an image).
   */
  static OptionalInt index(String from) {
    return !from.isEmpty() && from.length() < 10 && from.chars().allMatch(Character::isDigit)
        ? OptionalInt.of(Integer.parseInt(from))
        : OptionalInt.empty();
  }

  /** True when a later stage is built on this one. */
  static boolean hasChild(LintContext context, Stage stage) {
    boolean[] parents =
        context.memo(
            HasChild.class,
            () -> {
              List<Stage> stages = context.dockerfile().stages();
              boolean[] p = new boolean[stages.size()];
              for (Stage s : stages) {
                parent(context, s)
                    .filter(q -> q.index() < s.index())
                    .ifPresent(q -> p[q.index()] = true);
              }
              return p;
            });
    return parents[stage.index()];
  }

  private record HasChild() {}

  /** The stage itself, then the stage it is built on, and so on. */
  static List<Stage> withAncestors(LintContext context, Stage stage) {
    List<Stage> chain = new ArrayList<>();
    for (Optional<Stage> s = Optional.of(stage);
        s.isPresent() && !holds(chain, s.get());
        s = parent(context, s.get())) {
      chain.add(s.get());
    }
    return chain;
  }

  /**
   * True when the stage, a stage it builds on, or a stage built on it (directly or not) satisfies
   * {@code test}.
   */
  static boolean chainHas(LintContext context, Stage stage, Predicate<Stage> test) {
    if (withAncestors(context, stage).stream().anyMatch(test)) {
      return true;
    }
    List<Stage> all = context.dockerfile().stages();
    for (Stage later : all.subList(stage.index() + 1, all.size())) {
      if (test.test(later) && holds(withAncestors(context, later), stage)) {
        return true;
      }
    }
    return false;
  }

  /** True when the chain ends in {@code FROM scratch}: nothing comes from an image. */
  static boolean rootIsScratch(LintContext context, Stage stage) {
    List<Stage> chain = withAncestors(context, stage);
    return context.variables().base(chain.get(chain.size() - 1)).isScratch();
  }

  /** The stage a top-level instruction belongs to (absent before the first FROM). */
  static Optional<Stage> stageOf(LintContext context, Instruction instruction) {
    Map<Instruction, Stage> index =
        context.memo(
            StageIndex.class,
            () -> {
              Map<Instruction, Stage> m = new IdentityHashMap<>();
              List<Stage> stages = context.dockerfile().stages();
              // Backwards, so that an instruction in two stages maps to the first, as a scan would.
              for (int k = stages.size() - 1; k >= 0; k--) {
                Stage s = stages.get(k);
                for (Instruction i : s.instructions()) {
                  m.put(i, s);
                }
                m.put(s.from(), s);
              }
              return m;
            });
    return Optional.ofNullable(index.get(instruction));
  }

  private record StageIndex() {}

  private static boolean holds(List<Stage> stages, Stage stage) {
    return stages.stream().anyMatch(s -> s == stage);
  }
}
