package dev.dfkit.lint;

/**
 * What the linter reads of a rule's {@link RuleInfo}, copied once per linter: the annotation's
 * methods go through a reflective proxy, and they were asked per file and per finding.
 */
record RuleMeta(
    String id,
    LintSeverity severity,
    String url,
    String sameAs,
    RuleSource source,
    boolean experimental,
    boolean enabledByDefault) {

  static RuleMeta of(RuleInfo info) {
    return new RuleMeta(
        info.id(),
        info.severity(),
        info.url(),
        info.sameAs(),
        info.source(),
        info.experimental(),
        info.enabledByDefault());
  }
}
