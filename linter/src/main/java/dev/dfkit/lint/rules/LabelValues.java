package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.source.SourceRange;
import java.util.Map;
import java.util.Optional;

/**
 * The label rules' view of LABEL pairs, and the shape of the rules that check the value of each
 * label of the configured schema ({@code labelSchema}) that has a given type.
 */
abstract class LabelValues extends InstructionRule {

  /** The key as the build sets it when known, else as written (quotes processed). */
  static String key(LintContext context, Label label, KeyValue pair) {
    return context.memo(
        new ByIdentity(LabelValues.class, pair), // the label rules all ask for every key
        () ->
            WordValues.known(context, label, pair.key())
                .orElseGet(() -> WordValues.literal(context, pair.key())));
  }

  /** The value as the build sets it; empty when it uses variables whose value is not known. */
  static Optional<String> value(LintContext context, Label label, KeyValue pair) {
    return WordValues.known(context, label, pair.value());
  }

  /** Where a finding about the value points: the value, or the key when the value is empty. */
  static SourceRange valueRange(KeyValue pair) {
    return pair.value().range().length() > 0 ? pair.value().range() : pair.key().range();
  }

  /** The schema type this rule checks; {@code null} checks every label of the schema. */
  abstract LabelType type();

  abstract boolean valid(String value);

  abstract String message(String label);

  @Override
  public Void visitLabel(Label label, LintContext context) {
    Map<String, LabelType> schema = context.config().labelSchema();
    if (schema.isEmpty()) {
      return null; // no label has a type to check (the default)
    }
    for (KeyValue pair : label.pairs()) {
      String key = key(context, label, pair);
      LabelType type = schema.get(key);
      if (type == null || (type() != null && type != type())) {
        continue;
      }
      Optional<String> value = value(context, label, pair);
      if (value.isPresent() && !valid(value.get())) {
        context.report(valueRange(pair), message(key));
      }
    }
    return null;
  }
}
