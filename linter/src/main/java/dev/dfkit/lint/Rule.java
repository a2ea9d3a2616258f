package dev.dfkit.lint;

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
