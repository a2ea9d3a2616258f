package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Keyword;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.UnknownInstruction;
import dev.dfkit.parser.source.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BuildKit's ConsistentInstructionCasing: keywords all in lower case or all in upper case, as most
 * of the file's are. As in BuildKit, the count and the check cover the stages (each FROM and the
 * instructions after it), not the ARGs before the first FROM nor ONBUILD triggers; a tie counts as
 * upper case.
 */
@RuleInfo(
    id = "ConsistentInstructionCasing",
    name = "consistent-instruction-casing",
    severity = LintSeverity.WARNING,
    summary =
        "All commands within the Dockerfile should use the same casing (either upper or lower)",
    url = "https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class ConsistentInstructionCasing implements Rule {

  @Override
  public void check(LintContext context) {
    List<Keyword> keywords = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      keywords.add(stage.from().keyword());
      for (Instruction i : stage.instructions()) {
        if (!(i instanceof UnknownInstruction)) {
          keywords.add(i.keyword());
        }
      }
    }
    int lower = 0;
    int upper = 0;
    for (Keyword k : keywords) {
      if (isLower(k.text())) {
        lower++;
      } else if (isUpper(k.text())) {
        upper++;
      }
    }
    boolean majorityLower = lower > upper;
    for (Keyword k : keywords) {
      String t = k.text();
      if (majorityLower ? isLower(t) : isUpper(t)) {
        continue;
      }
      String wanted = majorityLower ? t.toLowerCase(Locale.ROOT) : t.toUpperCase(Locale.ROOT);
      context.report(
          k.range(),
          "Command '"
              + t
              + "' should match the case of the command majority ("
              + (majorityLower ? "lowercase" : "uppercase")
              + ")",
          Fix.of("write '" + wanted + "'", new TextEdit(k.range(), wanted)));
    }
  }

  // Checked without making the lower- and upper-case copies (twice per instruction per lint) unless
  // the keyword has a character outside ASCII.

  private static boolean isLower(String t) {
    return hasCase(t, true);
  }

  private static boolean isUpper(String t) {
    return hasCase(t, false);
  }

  /** Whether {@code t} has no letter of the other case (lower: no upper-case letter). */
  private static boolean hasCase(String t, boolean lower) {
    char from = lower ? 'A' : 'a';
    char to = lower ? 'Z' : 'z';
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x80) {
        return t.equals(lower ? t.toLowerCase(Locale.ROOT) : t.toUpperCase(Locale.ROOT));
      }
      if (c >= from && c <= to) {
        return false;
      }
    }
    return true;
  }
}
