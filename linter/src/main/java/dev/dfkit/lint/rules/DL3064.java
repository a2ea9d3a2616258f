package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * hadolint DL3064: ARG and ENV values stay in the image's history and configuration, so names that
 * look like credentials are reported: hadolint's list of well-known secret names (any case), and
 * names containing {@code api_key}, {@code client_key}, {@code password}, {@code private}, {@code
 * secret}, {@code token} or {@code username}. ONBUILD triggers are checked too.
 */
@RuleInfo(
    id = "DL3064",
    name = "no-secrets-in-arg-env",
    severity = LintSeverity.WARNING,
    summary = "Potentially sensitive data should not be used in the `ARG` or `ENV` commands",
    url = "https://github.com/hadolint/hadolint/wiki/DL3064",
    source = RuleSource.HADOLINT,
    sameAs = "SecretsUsedInArgOrEnv")
public final class DL3064 extends InstructionRule {

  static final String MESSAGE =
      "Potentially sensitive data should not be used in the `ARG` or `ENV` commands";

  private static final Set<String> KNOWN =
      Set.of(
          "ACCESS_TOKEN",
          "APPLICATION_KEY",
          "APP_SECRET",
          "AUTH_TOKEN",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "BITTREX_API_KEY",
          "BITTREX_API_SECRET",
          "CF_PASSWORD",
          "CF_USERNAME",
          "CIRCLE_TOKEN",
          "CI_DEPLOY_PASSWORD",
          "CI_DEPLOY_USER",
          "DOCKERHUB_PASSWORD",
          "DOCKER_EMAIL",
          "DOCKER_PASSWORD",
          "DOCKER_USERNAME",
          "FACEBOOK_ACCESS_TOKEN",
          "FACEBOOK_APP_ID",
          "FACEBOOK_APP_SECRET",
          "FIREBASE_API_TOKEN",
          "FIREBASE_TOKEN",
          "FOSSA_API_KEY",
          "GH_ENTERPRISE_TOKEN",
          "GH_TOKEN",
          "GITHUB_ENTERPRISE_TOKEN",
          "GITHUB_TOKEN",
          "HEROKU_API_KEY",
          "HEROKU_API_USER",
          "NPM_AUTH_TOKEN",
          "NPM_TOKEN",
          "OKTA_AUTHN_GROUPID",
          "OKTA_CLIENT_ORGURL",
          "OKTA_CLIENT_TOKEN",
          "OKTA_OAUTH2_CLIENTID",
          "OKTA_OAUTH2_CLIENTSECRET",
          "OPENAI_API_KEY",
          "OS_PASSWORD",
          "OS_USERNAME",
          "POSTGRES_PASSWORD",
          "SLACK_TOKEN",
          "STRIPE_API_KEY",
          "STRIPE_DEVICE_NAME",
          "TRAVIS_OS_NAME",
          "TRAVIS_SECURE_ENV_VARS",
          "TRAVIS_SUDO",
          "VAULT_CLIENT_KEY",
          "VAULT_TOKEN");

  private static final List<String> SUSPICIOUS =
      List.of("api_key", "client_key", "password", "private", "secret", "token", "username");

  @Override
  public Void visitArg(Arg arg, LintContext context) {
    for (ArgDeclaration d : arg.declarations()) {
      check(d.name(), context);
    }
    return null;
  }

  @Override
  public Void visitEnv(Env env, LintContext context) {
    for (KeyValue pair : env.pairs()) {
      check(pair.key(), context);
    }
    return null;
  }

  @Override
  public Void visitOnbuild(Onbuild onbuild, LintContext context) {
    return visitTrigger(onbuild, context);
  }

  private static void check(Word name, LintContext context) {
    String n = WordValues.literal(context, name);
    String lower = n.toLowerCase(Locale.ROOT);
    if (KNOWN.contains(n.toUpperCase(Locale.ROOT))
        || SUSPICIOUS.stream().anyMatch(lower::contains)) {
      context.report(name.range(), MESSAGE);
    }
  }
}
