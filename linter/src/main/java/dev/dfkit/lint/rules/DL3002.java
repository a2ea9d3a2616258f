package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.User;
import java.util.List;
import java.util.Optional;

/**
 * hadolint DL3002: the image the file builds (its last stage) should not run as root. The user in
 * effect is the last USER of the last stage or, when it has none, of the stage it is built on; ARG
 * and ENV values are used where the file gives them. A USER whose value is not known (a build
 * argument without a default) is not reported.
 */
@RuleInfo(
    id = "DL3002",
    name = "last-user-not-root",
    severity = LintSeverity.WARNING,
    summary = "Last USER should not be root",
    url = "https://github.com/hadolint/hadolint/wiki/DL3002",
    source = RuleSource.HADOLINT)
public final class DL3002 implements Rule {

  static final String MESSAGE = "Last USER should not be root";

  @Override
  public void check(LintContext context) {
    List<Stage> stages = context.dockerfile().stages();
    if (stages.isEmpty()) {
      return;
    }
    for (Stage stage : StageChain.withAncestors(context, stages.get(stages.size() - 1))) {
      Optional<User> last = lastUser(stage);
      if (last.isPresent()) {
        User user = last.get();
        WordValues.known(context, user, user.user())
            .filter(DL3002::isRoot)
            .ifPresent(
                value ->
                    context.report(
                        user.user().range(),
                        WordValues.hasVariables(context, user.user())
                            ? MESSAGE + " (USER is " + value + ")"
                            : MESSAGE));
        return;
      }
    }
  }

  private static Optional<User> lastUser(Stage stage) {
    User last = null;
    for (Instruction i : stage.instructions()) {
      if (i instanceof User u) {
        last = u;
      }
    }
    return Optional.ofNullable(last);
  }

  static boolean isRoot(String user) {
    return user.equals("root")
        || user.equals("0")
        || user.startsWith("root:")
        || user.startsWith("0:");
  }
}
