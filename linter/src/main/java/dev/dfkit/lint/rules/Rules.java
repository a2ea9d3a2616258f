package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.Rule;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule, in the order they run. Explicit lists (not a classpath scan) keep start-up fast; a
 * test checks that every rule class is listed, documented and tested.
 */
public final class Rules {

  private Rules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new DockerfileSyntax());
    all.addAll(BuildKitChecks.all());
    all.addAll(HadolintRules.all());
    all.addAll(ContextRules.all());
    all.add(new ShellCheck());
    return List.copyOf(all);
  }

  /**
   * Computes this thread's {@code part} of what {@code rules} will share about the context's file,
   * when {@code parts} threads run them at once: the RUN scripts, read once each, every {@code
   * parts}-th by each thread. Without this, the threads' RUN rules would read the same scripts at
   * the same time, since they all walk the file from the top.
   */
  public static void prepare(LintContext context, List<Rule> rules, int part, int parts) {
    boolean readsScripts = false;
    for (Rule r : rules) {
      readsScripts |= r instanceof RunRule;
    }
    if (!readsScripts) {
      return;
    }
    RunScripts scripts = RunScripts.of(context);
    int k = 0;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof Run run && k++ % parts == part) {
        scripts.of(run);
      }
    }
  }

  /**
   * The checks {@code docker build} runs before building (BuildKit's rule set, with syntax errors
   * and {@code CopyIgnoredFile}); {@code dfbuild} runs these.
   */
  public static List<Rule> buildChecks() {
    List<Rule> checks = new ArrayList<>();
    checks.add(new DockerfileSyntax());
    checks.addAll(BuildKitChecks.all());
    checks.add(new CopyIgnoredFile());
    return List.copyOf(checks);
  }
}
