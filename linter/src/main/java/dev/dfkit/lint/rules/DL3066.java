package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.User;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableReference;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint DL3066: a user name is looked up in the image's {@code /etc/passwd}, which the host (and
 * tools that check the image) may not share; a numeric uid means the same everywhere. As in
 * hadolint, a uid taken from an ARG declared earlier in the file is accepted; so is a uid whose
 * value the file gives and that is numeric. Only the user part ({@code user} of {@code user:group})
 * is checked.
 */
@RuleInfo(
    id = "DL3066",
    name = "numeric-user",
    severity = LintSeverity.INFO,
    summary = "Non-numeric user-id may not be resolvable by host system",
    url = "https://github.com/hadolint/hadolint/wiki/DL3066",
    source = RuleSource.HADOLINT)
public final class DL3066 implements Rule {

  static final String MESSAGE = "Non-numeric user-id may not be resolvable by host system";

  @Override
  public void check(LintContext context) {
    Set<String> args = new HashSet<>();
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof Arg arg) {
        for (ArgDeclaration d : arg.declarations()) {
          args.add(d.name().value());
        }
      } else if (i instanceof User user && !numeric(context, user, args)) {
        context.report(user.user().range(), MESSAGE);
      }
    }
  }

  private static boolean numeric(LintContext context, User user, Set<String> args) {
    Word word = user.user();
    String uid = uid(WordValues.literal(context, word));
    if (uid.chars().allMatch(Character::isDigit)) {
      return true;
    }
    for (VariableReference ref :
        ShellLexer.references(uid(word.value()), context.dockerfile().escape())) {
      if (args.contains(ref.name())) {
        return true;
      }
    }
    Optional<String> value = WordValues.known(context, user, word);
    return value.isPresent() && uid(value.get()).chars().allMatch(Character::isDigit);
  }

  private static String uid(String user) {
    int colon = user.indexOf(':');
    return colon < 0 ? user : user.substring(0, colon);
  }
}
