package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.dump.GoQuote;
import dev.dfkit.parser.ignore.GitIgnore;
import dev.dfkit.parser.ignore.IgnoreMatch;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Only in a context that is likely the one the file is built with (see {@link LikelyContext}):
 * in its default context, the Dockerfile's folder, a file none of whose sources the folder holds is
 * left alone. Its findings therefore depend on every source of the file, not only those above.
 *
 * <p>A missing path that git ignores is a build output made before the build ({@code target/},
 * {@code dist/}, {@code .build/} in {@code .gitignore}) and is not reported.
 *
 * <p>Only the stages a plain {@code docker build} runs are checked (see {@link DefaultBuild}): a
 * stage meant for {@code --target}, or an optional one the default ARGs leave out, does not fail
 * that build.
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
    List<ContextSource> sources = ContextSource.certainChecked(context);
    if (sources.isEmpty()) {
      return;
    }
    ContextIndex index = ContextIndex.of(build.get());
    if (!index.usable() || index.truncated()) {
      return;
    }
    if (!LikelyContext.holdsSources(context, index)) {
      return; // first: a missing source may cost a question to git
    }
    Path root = build.get().root();
    for (ContextSource source : sources) {
      if (!StageChain.stageOf(context, source.instruction())
          .map(stage -> DefaultBuild.runs(context, stage))
          .orElse(true)) {
        continue; // a stage docker build does not run (one for --target, an optional path)
      }
      // The answer depends on the context (and the folders above it) alone, which outlive an
      // editor's versions of the file: remembered per source text, as each edit asked the file
      // system about every missing source again.
      Optional<String> problem =
          index.memo(
              "CopySourceNotFound " + source.parents() + " " + source.value(),
              idx -> problem(idx, root, SourceSelection.of(source)));
      problem.ifPresent(
          p ->
              context.report(
                  source.word().range(),
                  source.keyword() + " source " + GoQuote.quote(source.value()) + p));
    }
  }

  /** What is missing for the selection, after the quoted source, if anything. */
  private static Optional<String> problem(
      ContextIndex index, Path root, SourceSelection selection) {
    String path = selection.path();
    if (!index.exists(path) && GitIgnore.ignores(root, path)) {
      // A build output the project keeps out of git (target/, dist/, .build/): the build that
      // makes it runs before docker build, as a clean checkout shows it missing.
      return Optional.empty();
    }
    switch (selection.kind()) {
      case LITERAL -> {
        if (index.surelyMissing(path)) {
          return Optional.of(" " + absence(index, path) + aboveTheContext(index, root, path));
        }
      }
      case WILDCARD, PATTERN -> {
        if (index.surelyMissing(path)) {
          return Optional.of(
              ": the directory "
                  + GoQuote.quote(path)
                  + " "
                  + absence(index, path)
                  + aboveTheContext(index, root, path));
        }
      }
      default -> {
        // the whole context, or a selection this linter does not resolve
      }
    }
    return Optional.empty();
  }

  /** How far up a missing source is looked for: a project's folders, not the whole disk. */
  private static final int LEVELS_UP = 3;

  /**
   * When a missing source exists relative to a folder above the context, that folder is most likely
   * the real build context (a Dockerfile in a subfolder, built with {@code -f} from the project
   * root): say which, so the user can point the linter at it. Stops at a git work tree's root.
   * Nothing for a path the context holds but ignores, nor for the context folder itself or one
   * above it ({@code COPY ./app} in {@code app/}: the folder above holds {@code app}, no hint).
   */
  static String aboveTheContext(ContextIndex index, Path root, String path) {
    if (index.exists(path)
        || path.isEmpty()
        || path.equals(".")
        || path.startsWith("/")
        || path.startsWith("..")) {
      return "";
    }
    Path dir = root.toAbsolutePath().normalize();
    String up = "..";
    for (int level = 1; level <= LEVELS_UP && !Files.isDirectory(dir.resolve(".git")); level++) {
      dir = dir.getParent();
      if (dir == null || dir.getParent() == null) {
        break; // the file system's root holds /lib, /etc...: never a project's context
      }
      Path found = dir.resolve(path).normalize();
      if (!root.toAbsolutePath().normalize().startsWith(found) && Files.exists(found)) {
        return "; "
            + GoQuote.quote(up)
            + " above the context holds it: if that is the build context, lint with --context"
            + " (or set context: in .dflint.yaml)";
      }
      up += "/..";
    }
    return "";
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
