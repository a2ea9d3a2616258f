package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.source.TextEdit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's LegacyKeyValueFormat: {@code ENV key value} and {@code LABEL key value}. BuildKit
 * checks while it builds a stage, so ONBUILD triggers are checked in the stages built on theirs.
 *
 * <p>The legacy value is the rest of the line, taken as one word. The fix writes {@code key=value}
 * when that is the same word: a value without blanks or quotes as it is, a value with blanks but no
 * quotes or escapes in double quotes. Other values, and values continued over several lines, are
 * left to the author.
 */
@RuleInfo(
    id = "LegacyKeyValueFormat",
    name = "legacy-key-value-format",
    severity = LintSeverity.WARNING,
    summary = "Legacy key/value format with whitespace separator should not be used",
    url = "https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class LegacyKeyValueFormat implements Rule {

  @Override
  public void check(LintContext context) {
    Set<Integer> reported = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (StageDispatch.Step step : StageDispatch.steps(context, stage)) {
        Instruction i = step.instruction();
        List<KeyValue> pairs =
            i instanceof Env env
                ? env.pairs()
                : i instanceof Label label ? label.pairs() : List.of();
        for (KeyValue pair : pairs) {
          if (pair.legacy() && reported.add(pair.range().startOffset())) {
            report(context, i, pair);
          }
        }
      }
    }
  }

  private static void report(LintContext context, Instruction instruction, KeyValue pair) {
    String name = instruction.keyword().text();
    String message =
        "\""
            + name
            + " key=value\" should be used instead of legacy \""
            + name
            + " key value\" format";
    Optional<String> fixed = rewrite(context, pair);
    if (fixed.isPresent()) {
      context.report(
          pair.key().range(),
          message,
          Fix.of("write key=value", new TextEdit(pair.range(), fixed.get())));
    } else {
      context.report(pair.key().range(), message);
    }
  }

  private static Optional<String> rewrite(LintContext context, KeyValue pair) {
    String key = pair.key().value();
    String value = pair.value().value();
    if (pair.range().start().line() != pair.range().end().line()
        || !context.dockerfile().text(pair.key().range()).equals(key)
        || !context.dockerfile().text(pair.value().range()).equals(value)
        || value.isEmpty()
        || value.indexOf('"') >= 0
        || value.indexOf('\'') >= 0) {
      return Optional.empty();
    }
    boolean blanks = value.chars().anyMatch(Character::isWhitespace);
    if (!blanks) {
      return Optional.of(key + "=" + value);
    }
    if (value.indexOf(context.dockerfile().escape()) >= 0) {
      return Optional.empty();
    }
    return Optional.of(key + "=\"" + value + "\"");
  }
}
