package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.dump.GoQuote;
import dev.dfkit.parser.ignore.IgnoreMatch;
import java.util.List;
import java.util.Optional;

/**
 * A COPY or ADD source the build context does not hold, so the build fails: a path without
 * wildcards that does not exist or that the ignore file excludes (BuildKit does not send ignored
 * files, so they are missing), or a wildcard source whose literal directory part (before the first
 * wildcard) is missing. A wildcard that merely matches nothing does not fail the build (see
 * UnmatchedCopyWildcard).
 *
 * <p>With exceptions in the ignore file, only what is surely missing is reported (see {@link
 * ContextIndex#surelyMissing}).
 *
 * <p>Skipped: {@code COPY --from}, URLs and git repositories, heredocs, ONBUILD triggers (they run
 * in another build), sources whose value the linter cannot know (a variable the base image may set,
 * a platform variable), and contexts too large to list.
 */
@RuleInfo(
    id = "CopySourceNotFound",
    name = "copy-source-not-found",
    severity = LintSeverity.ERROR,
    summary = "COPY and ADD sources must exist in the build context",
    url = "https://docs.docker.com/reference/dockerfile/#copy",
    source = RuleSource.DFLINT)
public final class CopySourceNotFound implements Rule {

  @Override
  public void check(LintContext context) {
    Optional<BuildContext> build = context.buildContext();
    if (build.isEmpty()) {
      return;
    }
    List<ContextSource> sources =
        ContextSource.all(context).stream().filter(ContextSource::certain).toList();
    if (sources.isEmpty()) {
      return;
    }
    ContextIndex index = ContextIndex.of(build.get());
    if (!index.usable() || index.truncated()) {
      return;
    }
    for (ContextSource source : sources) {
      SourceSelection selection = SourceSelection.of(source);
      String path = selection.path();
      String quoted = GoQuote.quote(source.value());
      switch (selection.kind()) {
        case LITERAL -> {
          if (index.surelyMissing(path)) {
            context.report(
                source.word().range(),
                source.keyword() + " source " + quoted + " " + absence(index, path));
          }
        }
        case WILDCARD, PATTERN -> {
          if (index.surelyMissing(path)) {
            context.report(
                source.word().range(),
                source.keyword()
                    + " source "
                    + quoted
                    + ": the directory "
                    + GoQuote.quote(path)
                    + " "
                    + absence(index, path));
          }
        }
        default -> {
          // the whole context, or a selection this linter does not resolve
        }
      }
    }
  }

  /** Why a path the build does not receive is missing, and what follows. */
  static String absence(ContextIndex index, String path) {
    if (!index.exists(path)) {
      return "is not in the build context: the build would fail";
    }
    Optional<IgnoreMatch> match = index.ignore().match(path);
    String why =
        match
            .filter(IgnoreMatch::excluded)
            .map(
                m ->
                    " (line "
                        + (m.pattern().line() + 1)
                        + ": "
                        + GoQuote.quote(m.pattern().raw().strip())
                        + ")")
            .orElse("");
    return "is excluded by "
        + index.ignoreFileName()
        + why
        + ": the build would fail as if it did not exist";
  }
}
