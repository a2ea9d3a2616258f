package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Stage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * hadolint DL3047: wget's default progress bar, written to a log rather than a terminal, becomes
 * one line per chunk and floods the build output. Each {@code wget} without {@code --progress},
 * {@code -q}/{@code --quiet}, {@code -nv}/{@code --no-verbose}, {@code -o}/{@code --output-file} or
 * {@code -a}/{@code --append-output} is reported at its name. The fix inserts {@code
 * --progress=dot:giga} after {@code wget}; it is not offered where wget is likely BusyBox's, which
 * has no such option ({@code busybox wget}, or a stage whose image chain names alpine or busybox).
 */
@RuleInfo(
    id = "DL3047",
    name = "wget-progress",
    severity = LintSeverity.INFO,
    summary =
        "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider"
            + " using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
    url = "https://github.com/hadolint/hadolint/wiki/DL3047",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3047 extends RunRule {

  // It finds from above like every RUN rule: what it asks besides the RUN (the stage that holds
  // the RUN or its ONBUILD, and what that stage's chain is built from) is all above it.

  static final String MESSAGE =
      "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider"
          + " using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("wget")) {
      if (c.hasFlag(
              "progress", "q", "quiet", "o", "output-file", "a", "append-output", "no-verbose")
          || c.hasArg("-nv")) {
        continue;
      }
      Optional<Fix> fix =
          maybeBusyBox(context, run, c)
              ? Optional.empty()
              : insertAfter(c.nameWord(), "--progress=dot:giga");
      report(context, c, MESSAGE, fix);
    }
  }

  private static boolean maybeBusyBox(LintContext context, RunScript run, RunCommand wget) {
    if (wget.site().map(s -> s.command().name().orElse("").equals("busybox")).orElse(false)) {
      return true;
    }
    // A trigger runs on the image of the stage that holds its ONBUILD.
    Instruction at = holders(context).getOrDefault(run.run(), run.run());
    Optional<Stage> stage = StageChain.stageOf(context, at);
    if (stage.isEmpty()) {
      return false;
    }
    List<Stage> chain = StageChain.withAncestors(context, stage.get());
    String image = context.variables().base(chain.get(chain.size() - 1)).image().value().orElse("");
    return image.contains("alpine") || image.contains("busybox");
  }

  /** The ONBUILD holding each trigger (indexed once per file: files with many RUNs are common). */
  private static Map<Instruction, Instruction> holders(LintContext context) {
    return context.memo(
        Holders.class,
        () -> {
          Map<Instruction, Instruction> m = new IdentityHashMap<>();
          for (Instruction i : context.dockerfile().instructions()) {
            if (i instanceof Onbuild o && o.trigger().isPresent()) {
              m.put(o.trigger().get(), o);
            }
          }
          return m;
        });
  }

  private record Holders() {}
}
