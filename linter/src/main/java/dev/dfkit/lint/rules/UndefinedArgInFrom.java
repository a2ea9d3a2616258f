package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.diagnostic.Suggestions;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.StageBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * BuildKit's UndefinedArgInFrom: a FROM (its image or its {@code --platform}) uses a variable that
 * is neither a global ARG (declared before the first FROM, with or without a value) nor one of the
 * predefined platform ARGs. A close name is suggested.
 */
@RuleInfo(
    id = "UndefinedArgInFrom",
    name = "undefined-arg-in-from",
    severity = LintSeverity.WARNING,
    summary = "FROM command must use declared ARGs",
    url = "https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/",
    source = RuleSource.BUILDKIT)
public final class UndefinedArgInFrom implements Rule {

  /** A FROM's findings depend on it and the global ARGs, which come before every FROM. */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  @Override
  public void check(LintContext context) {
    Collection<String> declared = null;
    for (Stage stage : context.dockerfile().stages()) {
      if (!context.checks(stage.from())) {
        continue;
      }
      if (declared == null) {
        declared = context.variables().global().names();
      }
      StageBase base = context.variables().base(stage);
      if (base == null) {
        continue;
      }
      List<ExpandedWord> words = new ArrayList<>();
      words.add(base.image());
      base.platform().ifPresent(words::add);
      for (ExpandedWord word : words) {
        for (String name : word.unmatched()) {
          if (declared.contains(name)) {
            continue;
          }
          String message = "FROM argument '" + name + "' is not declared";
          message +=
              Suggestions.closest(name, declared, true)
                  .map(s -> " (did you mean " + s + "?)")
                  .orElse("");
          context.report(
              WordRanges.reference(context.dockerfile(), stage.from().syntax(), word.word(), name),
              message);
        }
      }
    }
  }
}
