package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.MountOption;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.script.CommandSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * hadolint DL3059: consecutive RUN instructions each make a layer; merging them saves layers. As in
 * hadolint, a RUN is reported when the RUN before it (comments between do not matter, any other
 * instruction does) has the same flags (same mounts, network, security) and neither of the two runs
 * more than one command: a RUN that already chains commands was split on purpose.
 */
@RuleInfo(
    id = "DL3059",
    name = "consolidate-runs",
    severity = LintSeverity.INFO,
    summary = "Multiple consecutive `RUN` instructions. Consider consolidation.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3059",
    source = RuleSource.HADOLINT)
public final class DL3059 implements Rule {

  static final String MESSAGE = "Multiple consecutive `RUN` instructions. Consider consolidation.";

  /**
   * A finding is on the later RUN of a pair and depends on the RUNs before it back to the last
   * other instruction: all above it.
   */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  @Override
  public void check(LintContext context) {
    RunScripts scripts = RunScripts.of(context);
    List<Instruction> all = context.dockerfile().instructions();
    int checked = all.size() - context.checkedInstructions().size();
    // Start where the consecutive RUNs around the first checked instruction start.
    int start = checked;
    while (start > 0 && all.get(start - 1) instanceof Run) {
      start--;
    }
    List<String> previousFlags = null;
    int previousCommands = 0;
    for (int k = start; k < all.size(); k++) {
      if (!(all.get(k) instanceof Run run)) {
        previousFlags = null;
        continue;
      }
      List<String> flags = flags(run);
      int commands = commands(scripts.of(run));
      if (previousFlags != null
          && previousFlags.equals(flags)
          && commands <= 1
          && previousCommands <= 1) {
        if (k >= checked) {
          context.report(run.keyword().range(), MESSAGE);
        }
      } else {
        previousFlags = flags;
        previousCommands = commands;
      }
    }
  }

  /** The flags, in a form where equal flags compare equal (mount options in any order). */
  private static List<String> flags(Run run) {
    List<String> out = new ArrayList<>();
    for (Flag f : run.flags()) {
      String text = f.name().toLowerCase(Locale.ROOT) + "=" + f.value();
      for (Mount m : run.runFlags().mounts()) {
        if (m.flag() == f) {
          List<String> options = new ArrayList<>();
          for (MountOption o : m.options()) {
            // not o.toString(): a record's generated toString links through method handles
            options.add(o.hasValue() ? o.key() + "=" + o.value() : o.key());
          }
          options.sort(null);
          text = "mount:" + m.type().label() + options;
        }
      }
      out.add(text);
    }
    out.sort(null);
    return out;
  }

  /**
   * How many commands the RUN runs: its simple commands that run something (not bare assignments),
   * also inside substitutions, pipelines and compound commands; one for the exec form and for a
   * heredoc script run by another interpreter.
   */
  static int commands(RunScript run) {
    if (run.script().isEmpty()) {
      return run.run().command().isEmpty() ? 0 : 1;
    }
    int n = 0;
    for (CommandSite site : run.sites()) {
      if (!site.command().words().isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
