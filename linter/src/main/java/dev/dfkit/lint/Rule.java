package dev.dfkit.lint;

import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import java.util.Set;

/**
 * A lint rule: stateless, annotated with {@link RuleInfo}, reports through the context. One
 * instance checks many files, possibly at once.
 */
public interface Rule {

  void check(LintContext context);

  /**
   * True when each finding this rule makes is on one instruction and depends only on that
   * instruction, the instructions above it, the configuration and the build context, never on what
   * follows. An editor's linter then keeps the rule's findings on the unchanged instructions above
   * an edit and checks only the instructions from the edit on ({@link LintContext#checks}).
   */
  default boolean findsFromAbove() {
    return false;
  }

  /**
   * True for a rule that finds from above except on the ONBUILD triggers it dispatches into later
   * stages, as BuildKit does: a finding inside an ONBUILD instruction then depends on the stages
   * built on it, which may come after an edit. An editor's linter drops the kept findings inside
   * ONBUILD instructions, and the rule checks every dispatched trigger again on every lint (and
   * itself reports nothing else inside an ONBUILD instruction).
   */
  default boolean refindsTriggers() {
    return false;
  }

  /**
   * For a rule that finds from above (and does not refind triggers): the kinds of instruction
   * through which an edit can change what the rule finds on the instructions below it, because the
   * rule reads them from there (their variables, their stages); null when any edit can. An editor's
   * linter then also keeps the rule's findings on the instructions a re-parse moved unchanged below
   * an edit that neither removed nor made an instruction of those kinds, moved along with them, and
   * the rule checks only the instructions in between ({@link LintContext#checks}).
   */
  default Set<Class<? extends Instruction>> readsAbove() {
    return null;
  }

  /**
   * What a rule that reads only an instruction's variables and stage from above it {@link
   * #readsAbove}: ARG and ENV set variables, FROM starts stages (and resets them), ONBUILD carries
   * both into the stages built on its stage.
   */
  Set<Class<? extends Instruction>> VARIABLES_AND_STAGES =
      Set.of(Arg.class, Env.class, From.class, Onbuild.class);

  default RuleInfo info() {
    // The compile-time index first: reading the annotation costs reflection and a proxy.
    RuleInfo indexed = RuleInfoIndex.of(getClass());
    if (indexed != null) {
      return indexed;
    }
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }
}
