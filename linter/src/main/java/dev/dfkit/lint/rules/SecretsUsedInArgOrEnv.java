package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.dump.GoQuote;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.source.SourceRange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's SecretsUsedInArgOrEnv: an ARG or ENV whose name looks like it holds a secret. A name
 * is suspect when one of its {@code _}-separated parts is {@code apikey}, {@code auth}, {@code
 * credential(s)}, {@code key}, {@code password}, {@code pword}, {@code passwd}, {@code secret} or
 * {@code token} (any case), unless a part is {@code public}, {@code file} or {@code version}.
 *
 * <p>As in BuildKit: ENV names are checked after expansion and ARG names as written; ARGs before
 * the first FROM are not checked; ONBUILD triggers are checked in the stages built on theirs.
 */
@RuleInfo(
    id = "SecretsUsedInArgOrEnv",
    name = "secrets-used-in-arg-or-env",
    severity = LintSeverity.WARNING,
    summary = "Sensitive data should not be used in the ARG or ENV commands",
    url = "https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/",
    source = RuleSource.BUILDKIT)
public final class SecretsUsedInArgOrEnv implements Rule {

  // BuildKit matches (?i)(?:_|^)(?:apikey|auth|...|token)(?:_|$), and the same with
  // public|file|version for names it allows: a word between underscores, in any ASCII case. Read
  // here without a regex (a matcher per ARG and ENV name of every lint).
  private static final List<String> SECRET =
      List.of(
          "apikey",
          "auth",
          "credential",
          "credentials",
          "key",
          "password",
          "pword",
          "passwd",
          "secret",
          "token");

  private static final List<String> ALLOWED = List.of("public", "file", "version");

  static boolean isSecretName(String name) {
    boolean secret = false;
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '_') {
        if (isOneOf(name, start, i, ALLOWED)) {
          return false;
        }
        secret |= isOneOf(name, start, i, SECRET);
        start = i + 1;
      }
    }
    return secret;
  }

  /** Whether {@code name[from, to)} is one of the lower-case {@code words}, ignoring ASCII case. */
  private static boolean isOneOf(String name, int from, int to, List<String> words) {
    for (String w : words) {
      if (w.length() == to - from && asciiLowerMatches(name, from, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLowerMatches(String name, int from, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = name.charAt(from + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A finding depends on its ARG or ENV and the scope above it, or on a dispatched trigger. */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  @Override
  public boolean refindsTriggers() {
    return true;
  }

  @Override
  public void check(LintContext context) {
    Set<String> reported = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      VariableScope parentScope =
          StageDispatch.parent(context, stage).map(p -> context.variables().after(p)).orElse(null);
      for (StageDispatch.Step step : StageDispatch.steps(context, stage)) {
        Instruction i = step.instruction();
        if (!step.checkedIn(context)) {
          continue; // kept from the last lint
        }
        if (i instanceof Env env) {
          VariableScope scope = step.trigger() ? parentScope : context.variables().before(i);
          for (KeyValue pair : env.pairs()) {
            // BuildKit expands ENV names; a name that does not expand fails the build instead.
            ExpandedWord key = context.variables().expand(pair.key(), scope);
            key.value().ifPresent(k -> check(context, "ENV", k, pair.key().range(), reported));
          }
        } else if (i instanceof Arg arg) {
          for (ArgDeclaration d : arg.declarations()) {
            check(context, "ARG", d.name().value(), d.name().range(), reported);
          }
        }
      }
    }
  }

  private static void check(
      LintContext context, String instruction, String name, SourceRange at, Set<String> reported) {
    if (isSecretName(name) && reported.add(at.startOffset() + name)) {
      context.report(
          at,
          "Do not use ARG or ENV instructions for sensitive data ("
              + instruction
              + " "
              + GoQuote.quote(name)
              + ")");
    }
  }
}
