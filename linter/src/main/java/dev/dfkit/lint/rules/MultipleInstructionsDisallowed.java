package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * BuildKit's MultipleInstructionsDisallowed: only the last CMD, ENTRYPOINT or HEALTHCHECK of a
 * stage counts. As BuildKit does, the finding is on the earlier instruction (the one that has no
 * effect) and names the later one as written. Each stage counts on its own, starting with the
 * ONBUILD triggers of the stage it builds on.
 */
@RuleInfo(
    id = "MultipleInstructionsDisallowed",
    name = "multiple-instructions-disallowed",
    severity = LintSeverity.WARNING,
    summary = "Multiple instructions of the same type should not be used in the same stage",
    url = "https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/",
    source = RuleSource.BUILDKIT)
public final class MultipleInstructionsDisallowed implements Rule {

  @Override
  public void check(LintContext context) {
    Set<String> reported = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      Map<Class<?>, Instruction> last = new HashMap<>();
      for (StageDispatch.Step step : StageDispatch.steps(context, stage)) {
        Instruction i = step.instruction();
        if (!(i instanceof Cmd || i instanceof Entrypoint || i instanceof Healthcheck)) {
          continue;
        }
        Instruction previous = last.put(i.getClass(), i);
        if (previous != null) {
          String message =
              "Multiple "
                  + i.keyword().text()
                  + " instructions should not be used in the same stage because only the last"
                  + " one will be used";
          if (reported.add(previous.range().startOffset() + message)) {
            context.report(previous.keyword().range(), message);
          }
        }
      }
    }
  }
}
