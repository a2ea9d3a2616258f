package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableReference;
import java.util.List;

/**
 * hadolint DL3044: every value of one ENV is expanded before any of its variables is set, so {@code
 * ENV A=1 B=$A} gives B the old A, usually empty. Reported at each reference to a name the same ENV
 * sets in another pair, unless the name was already defined before the ENV (then the old value may
 * be meant). A value referring to its own name ({@code PATH=/x:$PATH}) is fine, and so is a
 * reference inside single quotes, which is not expanded.
 */
@RuleInfo(
    id = "DL3044",
    name = "env-self-reference",
    severity = LintSeverity.ERROR,
    summary =
        "Do not refer to an environment variable within the same `ENV` statement where it is"
            + " defined.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3044",
    source = RuleSource.HADOLINT)
public final class DL3044 extends InstructionRule {

  static final String MESSAGE =
      "Do not refer to an environment variable within the same `ENV` statement where it is"
          + " defined.";

  @Override
  public Void visitEnv(Env env, LintContext context) {
    List<KeyValue> pairs = env.pairs();
    VariableScope before = context.variables().before(env);
    char escape = context.dockerfile().escape();
    for (int i = 0; i < pairs.size(); i++) {
      KeyValue pair = pairs.get(i);
      for (VariableReference ref : ShellLexer.references(pair.value().value(), escape)) {
        if (setElsewhere(context, pairs, i, ref.name()) && before.variable(ref.name()).isEmpty()) {
          context.report(WordValues.part(context, pair.value(), ref.start(), ref.end()), MESSAGE);
        }
      }
    }
    return null;
  }

  private static boolean setElsewhere(
      LintContext context, List<KeyValue> pairs, int self, String name) {
    for (int j = 0; j < pairs.size(); j++) {
      if (j != self && WordValues.literal(context, pairs.get(j).key()).equals(name)) {
        return true;
      }
    }
    return false;
  }
}
