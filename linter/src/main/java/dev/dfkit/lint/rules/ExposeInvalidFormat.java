package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.VariableScope;
import java.util.HashSet;
import java.util.Set;

/**
 * BuildKit's ExposeInvalidFormat: {@code EXPOSE 127.0.0.1:80:80} or {@code EXPOSE 8080:80}. EXPOSE
 * only documents a container port; addresses and host ports belong to {@code docker run -p}. Ports
 * are checked after expansion, as BuildKit reads them ({@link ExposedPorts}).
 */
@RuleInfo(
    id = "ExposeInvalidFormat",
    name = "expose-invalid-format",
    severity = LintSeverity.WARNING,
    summary =
        "IP address and host-port mapping should not be used in EXPOSE instruction. This will"
            + " become an error in a future release",
    url = "https://docs.docker.com/go/dockerfile/rule/expose-invalid-format/",
    source = RuleSource.BUILDKIT)
public final class ExposeInvalidFormat implements Rule {

  @Override
  public void check(LintContext context) {
    Set<String> reported = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      VariableScope parentScope =
          StageDispatch.parent(context, stage).map(p -> context.variables().after(p)).orElse(null);
      for (StageDispatch.Step step : StageDispatch.steps(context, stage)) {
        Instruction i = step.instruction();
        if (!(i instanceof Expose expose)) {
          continue;
        }
        VariableScope scope = step.trigger() ? parentScope : context.variables().before(i);
        for (ExposedPorts.Spec spec : ExposedPorts.specs(context, expose, scope)) {
          if (spec.hasAddressOrHostPort()
              && reported.add(spec.word().range().startOffset() + spec.raw())) {
            context.report(
                spec.word().range(),
                "EXPOSE instruction should not define an IP address or host-port mapping, found '"
                    + spec.raw()
                    + "'");
          }
        }
      }
    }
  }
}
