package dev.dfkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.rules.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleInfoIndexTest {

  @Test
  void everyRuleIsIndexedWithItsAnnotationsValues() {
    List<Rule> rules = Rules.all();
    assertThat(rules).hasSizeGreaterThan(100);
    for (Rule rule : rules) {
      RuleInfo annotated = rule.getClass().getAnnotation(RuleInfo.class);
      RuleInfo indexed = RuleInfoIndex.of(rule.getClass());
      assertThat(indexed).as(rule.getClass().getName()).isNotNull();
      assertThat(
              List.of(
                  indexed.id(),
                  indexed.name(),
                  indexed.severity(),
                  indexed.summary(),
                  indexed.url(),
                  indexed.source(),
                  indexed.fixable(),
                  indexed.experimental(),
                  indexed.enabledByDefault(),
                  indexed.sameAs()))
          .as(rule.getClass().getName())
          .isEqualTo(
              List.of(
                  annotated.id(),
                  annotated.name(),
                  annotated.severity(),
                  annotated.summary(),
                  annotated.url(),
                  annotated.source(),
                  annotated.fixable(),
                  annotated.experimental(),
                  annotated.enabledByDefault(),
                  annotated.sameAs()));
      assertThat(rule.info()).isEqualTo(indexed);
    }
  }

  @Test
  void aRuleOutsideTheIndexStillReadsItsAnnotation() {
    Rule local = new LocalRule();
    assertThat(RuleInfoIndex.of(LocalRule.class)).isNull();
    assertThat(local.info().id()).isEqualTo("LocalRule");
  }

  @RuleInfo(
      id = "LocalRule",
      name = "local-rule",
      severity = LintSeverity.INFO,
      summary = "a rule defined in a test",
      url = "https://example.com/",
      source = RuleSource.DFLINT)
  private static final class LocalRule implements Rule {
    @Override
    public void check(LintContext context) {}
  }
}
