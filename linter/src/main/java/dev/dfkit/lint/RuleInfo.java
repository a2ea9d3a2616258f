package dev.dfkit.lint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, on the rule class; the class name is the id. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** The id users write in configuration and pragmas ({@code StageNameCasing}, {@code DL3006}). */
  String id();

  /** A short kebab-case name ({@code stage-name-casing}). */
  String name();

  LintSeverity severity();

  /** One sentence: what the rule wants. */
  String summary();

  /** The upstream documentation page. */
  String url();

  RuleSource source();

  /** Whether the rule offers a safe automatic fix. */
  boolean fixable() default false;

  /** Experimental rules are off unless enabled ({@code # check=experimental=...}). */
  boolean experimental() default false;

  /** Off-by-default rules (hadolint's "ignore" level) run only when configured on. */
  boolean enabledByDefault() default true;

  /**
   * The id of a rule that reports the same problem (a hadolint rule and its BuildKit twin). When
   * both report at the same place, only the more severe finding is shown.
   */
  String sameAs() default "";
}
