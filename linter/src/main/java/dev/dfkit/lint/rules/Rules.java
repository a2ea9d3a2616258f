package dev.dfkit.lint.rules;

import dev.dfkit.lint.Rule;
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
