package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.StageBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** How the stages of a file build on each other ({@code FROM <earlier stage>}). */
final class StageChain {

  private StageChain() {}

  /**
   * The earlier stage a stage is built on. Stage names compare case-insensitively, as BuildKit
   * compares them.
   */
  static Optional<Stage> parent(LintContext context, Stage stage) {
    StageBase base = context.variables().base(stage);
    if (base.parent().isPresent()) {
      return base.parent();
    }
    Optional<String> image = base.image().value();
    if (image.isEmpty()) {
      return Optional.empty();
    }
    String wanted = image.get().toLowerCase(Locale.ROOT);
    Stage parent = null;
    for (Stage earlier : context.dockerfile().stages().subList(0, stage.index())) {
      if (earlier.name().map(wanted::equals).orElse(false)) {
        parent = earlier;
      }
    }
    return Optional.ofNullable(parent);
  }

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
  static Optional<Stage> stageOf(Dockerfile dockerfile, Instruction instruction) {
    for (Stage s : dockerfile.stages()) {
      if (s.from() == instruction || s.instructions().stream().anyMatch(i -> i == instruction)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static boolean holds(List<Stage> stages, Stage stage) {
    return stages.stream().anyMatch(s -> s == stage);
  }
}
