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
}
