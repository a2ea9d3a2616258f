package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.dump.GoQuote;
import java.util.List;
import java.util.Optional;

/**
 * A COPY or ADD source with wildcards that matches nothing the build receives. BuildKit copies
 * nothing for it and carries on (the classic builder failed), so a typo or a file the ignore file
 * excludes goes unnoticed. Wildcards are matched as BuildKit does: each segment with Go's {@code
 * filepath.Match} ({@code *} never crosses {@code /}), or for {@code COPY --parents} as an include
 * pattern with .dockerignore syntax. When the directory before the wildcard is itself missing the
 * build fails, which CopySourceNotFound reports.
 */
@RuleInfo(
    id = "UnmatchedCopyWildcard",
    name = "unmatched-copy-wildcard",
    severity = LintSeverity.WARNING,
    summary = "A COPY or ADD wildcard should match something in the build context",
    url = "https://docs.docker.com/reference/dockerfile/#copy",
    source = RuleSource.DFLINT)
public final class UnmatchedCopyWildcard implements Rule {

  /** A source's finding depends on it, the variables above it and the build context. */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  private static final int EXAMPLES = 3;

  @Override
  public void check(LintContext context) {
    Optional<BuildContext> build = context.buildContext();
    if (build.isEmpty()) {
      return;
    }
    List<ContextSource> sources = ContextSource.certainChecked(context);
    if (sources.isEmpty()) {
      return;
    }
    ContextIndex index = null;
    for (ContextSource source : sources) {
      SourceSelection selection = SourceSelection.of(source);
      if (selection.kind() != SourceSelection.Kind.WILDCARD
          && selection.kind() != SourceSelection.Kind.PATTERN) {
        continue;
      }
      if (index == null) {
        index = ContextIndex.of(build.get());
        if (!index.usable() || index.truncated()) {
          return;
        }
      }
      // The answer depends on the context alone, which outlives the file's versions in an editor:
      // remembered per source text (a big context took a listing walk per wildcard and edit).
      Optional<String> problem =
          index.memo(
              "UnmatchedCopyWildcard " + source.parents() + " " + source.value(),
              idx -> problem(idx, selection));
      problem.ifPresent(
          p ->
              context.report(
                  source.word().range(),
                  source.keyword()
                      + " source "
                      + GoQuote.quote(source.value())
                      + p
                      + "; BuildKit copies nothing for it"));
    }
  }

  /** How the selection matches nothing the build receives, if it does. */
  private static Optional<String> problem(ContextIndex index, SourceSelection selection) {
    String base = selection.path();
    if (index.surelyMissing(base) || index.throughSymlink(base)) {
      // Missing: CopySourceNotFound reports it; below a link: not listed, BuildKit follows it.
      return Optional.empty();
    }
    // A match the transfer may send counts: no warning unless surely nothing is copied.
    if (!selection.matches(index, e -> !index.surelyMissing(e)).isEmpty()) {
      return Optional.empty();
    }
    List<String> listed = selection.matches(index, e -> true);
    if (listed.isEmpty()) {
      return Optional.of(" matches nothing in the build context");
    }
    return Optional.of(
        " matches nothing the build receives: "
            + ContextSecretExposed.names(index, listed, EXAMPLES)
            + " "
            + (listed.size() == 1 ? "is" : "are")
            + " excluded by "
            + index.ignoreFileName());
  }
}
