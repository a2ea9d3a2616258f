package dev.dfkit.lint.report;

import dev.dfkit.lint.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The documentation page of a rule, shipped in the jar ({@code docs/<id>.md}). */
public final class RuleDocs {

  private RuleDocs() {}

  public static Optional<String> markdown(String ruleId) {
    try (InputStream in = Rule.class.getResourceAsStream("docs/" + ruleId + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
