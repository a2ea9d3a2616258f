package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SecretsUsedInArgOrEnv} reads names without a regex; it flags exactly the names BuildKit's
 * two patterns flag (copied here as the reference).
 */
class SecretNameProperties {

  private static final Pattern SECRET =
      Pattern.compile(
          "(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)"
              + "(?:_|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ALLOWED =
      Pattern.compile("(?:_|^)(?:public|file|version)(?:_|$)", Pattern.CASE_INSENSITIVE);

  private static final Linter LINTER = new Linter(List.of(new SecretsUsedInArgOrEnv()));

  @Property(tries = 3000)
  void flagsWhatBuildKitsPatternsFlag(@ForAll("names") String name) {
    boolean expected = SECRET.matcher(name).find() && !ALLOWED.matcher(name).find();
    List<Finding> found =
        LINTER
            .lint(
                "FROM alpine\nARG " + name + "\n",
                "Dockerfile",
                new LintOptions(
                    LintConfig.DEFAULT, Set.of(), Set.of(), Optional.empty(), Optional.empty()))
            .findings();
    assertThat(!found.isEmpty()).as(name).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word =
        Arbitraries.of(
            "key",
            "KEY",
            "Key",
            "token",
            "auth",
            "apikey",
            "credentials",
            "credential",
            "pword",
            "passwd",
            "password",
            "secret",
            "public",
            "file",
            "VERSION",
            "x",
            "keys",
            "akey",
            "",
            "\u212Aey",
            "tok3n");
    return word.list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(ws -> String.join("_", ws))
        .filter(n -> !n.isEmpty() && !n.startsWith("_") && n.chars().allMatch(c -> c != ' '));
  }
}
