package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.source.SourceRange;
import dev.dfkit.parser.source.TextEdit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's ExposeProtoCasing: {@code EXPOSE 80/TCP}; the protocol is lower-cased in the image
 * anyway. Ports are checked after expansion, as BuildKit reads them ({@link ExposedPorts}); the fix
 * lower-cases a protocol written literally.
 */
@RuleInfo(
    id = "ExposeProtoCasing",
    name = "expose-proto-casing",
    severity = LintSeverity.WARNING,
    summary = "Protocol in EXPOSE instruction should be lowercase",
    url = "https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class ExposeProtoCasing implements Rule {

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
          String proto = spec.proto();
          if (proto.equals(proto.toLowerCase(Locale.ROOT))
              || !reported.add(spec.word().range().startOffset() + spec.raw())) {
            continue;
          }
          String message =
              "Defined protocol '" + spec.raw() + "' in EXPOSE instruction should be lowercase";
          if (spec.literal()) {
            SourceRange at =
                context
                    .dockerfile()
                    .lines()
                    .range(
                        spec.word().range().startOffset() + spec.protoStart(),
                        spec.word().range().endOffset());
            context.report(
                spec.word().range(),
                message,
                Fix.of(
                    "lower-case the protocol", new TextEdit(at, proto.toLowerCase(Locale.ROOT))));
          } else {
            context.report(spec.word().range(), message);
          }
        }
      }
    }
  }
}
