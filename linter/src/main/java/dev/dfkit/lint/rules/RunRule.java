package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.rules.RunCommand.Argument;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.source.TextEdit;
import java.util.Optional;
import java.util.Set;

/**
 * A hadolint rule that looks at each RUN on its own: every top-level RUN and, unless {@link
 * #checksTriggers()} says otherwise (hadolint's {@code onbuild} wrapper), every ONBUILD RUN.
 */
abstract class RunRule implements Rule {

  @Override
  public final void check(LintContext context) {
    RunScripts scripts = RunScripts.of(context);
    for (Instruction i : context.checkedInstructions()) {
      if (i instanceof Run run) {
        checkRun(context, scripts.of(run));
      }
    }
    if (checksTriggers()) {
      for (RunScript trigger : scripts.triggers()) {
        if (context.checks(trigger.run())) {
          checkRun(context, trigger);
        }
      }
    }
  }

  /** A RUN rule looks at one RUN at a time (a rule that looks further says no). */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  /**
   * A RUN rule reads nothing above a RUN but its variables and stage (a rule that reads more says
   * so): the script's reading depends on those alone.
   */
  @Override
  public Set<Class<? extends Instruction>> readsAbove() {
    return VARIABLES_AND_STAGES;
  }

  /** True when the rule also checks ONBUILD RUN triggers. */
  boolean checksTriggers() {
    return true;
  }

  abstract void checkRun(LintContext context, RunScript run);

  /**
   * A fix inserting {@code text} (with a blank before it) right after {@code word}, when the word
   * is a literal word of a shell script, so the insertion lands in the same command.
   */
  static Optional<Fix> insertAfter(Argument word, String text) {
    return word.word()
        .map(
            w ->
                Fix.of(
                    "add " + text + " after " + w.text(),
                    TextEdit.insert(w.range().end(), " " + text)));
  }

  /** Reports an argument (an unpinned package), saying its value when it came from a variable. */
  static void report(LintContext context, Argument argument, String message) {
    context.report(argument.range(), message + argument.detail("package"));
  }

  /** Reports at the command's name, with the fix when there is one. */
  static void report(LintContext context, RunCommand command, String message, Optional<Fix> fix) {
    if (fix.isPresent()) {
      context.report(command.nameRange(), message, fix.get());
    } else {
      context.report(command.nameRange(), message);
    }
  }
}
