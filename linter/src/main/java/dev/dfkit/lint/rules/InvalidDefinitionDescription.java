package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's InvalidDefinitionDescription (experimental): the comment right above a named FROM or
 * an ARG documents it (what {@code docker build --call=outline} shows), so it should start with the
 * stage or argument name. BuildKit looks at the last comment of the block above the instruction (an
 * empty {@code #} line ends a block; blank lines do not) and compares its first word, split at
 * spaces, with the stage name in lower case or with the ARG's names.
 */
@RuleInfo(
    id = "InvalidDefinitionDescription",
    name = "invalid-definition-description",
    severity = LintSeverity.WARNING,
    summary =
        "Comment for build stage or argument should follow the format: `# <arg/stage name>"
            + " <description>`. If this is not intended to be a description comment, add an empty"
            + " line or comment between the instruction and the comment.",
    url = "https://docs.docker.com/go/dockerfile/rule/invalid-definition-description/",
    source = RuleSource.BUILDKIT,
    experimental = true)
public final class InvalidDefinitionDescription extends InstructionRule {

  @Override
  public Void visitFrom(From from, LintContext context) {
    if (from.stageName().isPresent() && !from.stageName().get().isEmpty()) {
      check(
          context,
          "FROM",
          List.of(from.stageName().get()),
          from.syntax().precedingComments(),
          from.stageNameWord().map(Word::range).orElse(from.keyword().range()));
    }
    return null;
  }

  @Override
  public Void visitArg(Arg arg, LintContext context) {
    List<String> names = new ArrayList<>();
    for (ArgDeclaration d : arg.declarations()) {
      names.add(d.name().value());
    }
    if (!names.isEmpty()) {
      check(
          context,
          "ARG",
          names,
          arg.syntax().precedingComments(),
          arg.declarations().get(0).name().range());
    }
    return null;
  }

  private static void check(
      LintContext context,
      String instruction,
      List<String> names,
      List<Comment> comments,
      SourceRange at) {
    if (comments.isEmpty()) {
      return;
    }
    String last = comments.get(comments.size() - 1).content();
    int space = last.indexOf(' ');
    String first = space < 0 ? last : last.substring(0, space);
    if (names.contains(first)) {
      return;
    }
    String example = names.size() == 1 ? names.get(0) : "<arg_key>";
    context.report(
        at,
        "Comment for "
            + instruction
            + " should follow the format: `# "
            + example
            + " <description>`");
  }
}
