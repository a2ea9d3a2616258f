package dev.dfkit.lint;

import java.lang.annotation.Annotation;

/**
 * A rule's {@link RuleInfo} as plain values, made by the generated {@code RuleInfoIndex} instead of
 * read through reflection (see {@code dev.dfkit.lint.index.RuleInfoIndexer}).
 */
@SuppressWarnings("ClassExplicitlyAnnotation")
record StaticRuleInfo(
    String id,
    String name,
    LintSeverity severity,
    String summary,
    String url,
    RuleSource source,
    boolean fixable,
    boolean experimental,
    boolean enabledByDefault,
    String sameAs)
    implements RuleInfo {

  @Override
  public Class<? extends Annotation> annotationType() {
    return RuleInfo.class;
  }
}
