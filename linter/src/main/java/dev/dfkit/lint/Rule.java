package dev.dfkit.lint;

/**
 * A lint rule: stateless, annotated with {@link RuleInfo}, reports through the context. One
 * instance checks many files, possibly at once.
 */
public interface Rule {

  void check(LintContext context);

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
