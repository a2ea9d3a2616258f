package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.ignore.DockerIgnore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Files that usually hold secrets, which a COPY or ADD of a whole directory ({@code COPY . .}, a
 * directory source, a wildcard that matches a directory or every name) sends into the image because
 * the ignore file does not exclude them. A file named by its own source is taken as intended.
 * Anything the ignore file or the instruction's {@code --exclude} excludes is not reported.
 *
 * <p>What counts (at any depth): the {@code .git} directory; {@code .env} and {@code .env.*}
 * (except {@code .env.example}, {@code .env.sample}, {@code .env.template}, {@code .env.dist}); SSH
 * private keys {@code id_rsa}, {@code id_dsa}, {@code id_ecdsa}, {@code id_ed25519}; {@code *.pem},
 * {@code *.key}, {@code *.p12}, {@code *.pfx}; {@code .npmrc}, {@code .pypirc}, {@code .netrc},
 * {@code .git-credentials}, {@code .pgpass}; {@code .aws/credentials}, {@code .docker/config.json};
 * {@code credentials*.json}; {@code *.kdbx}; {@code *.tfstate} and {@code *.tfstate.backup}.
 */
@RuleInfo(
    id = "ContextSecretExposed",
    name = "context-secret-exposed",
    severity = LintSeverity.WARNING,
    summary = "Secrets in the build context must not be copied into the image",
    url = "https://docs.docker.com/build/building/secrets/",
    source = RuleSource.DFLINT)
public final class ContextSecretExposed implements Rule {

  private static final int EXAMPLES = 3;

  private static final Set<String> NAMES =
      Set.of(
          ".env",
          "id_rsa",
          "id_dsa",
          "id_ecdsa",
          "id_ed25519",
          ".npmrc",
          ".pypirc",
          ".netrc",
          ".git-credentials",
          ".pgpass");

  private static final Set<String> ENV_TEMPLATES =
      Set.of(".env.example", ".env.sample", ".env.template", ".env.dist");

  private static final List<String> SUFFIXES =
      List.of(".pem", ".key", ".p12", ".pfx", ".kdbx", ".tfstate", ".tfstate.backup");

  private static final Set<String> IN_DIRECTORY = Set.of(".aws/credentials", ".docker/config.json");

  @Override
  public void check(LintContext context) {
    Optional<BuildContext> build = context.buildContext();
    if (build.isEmpty()) {
      return;
    }
    List<ContextSource> sources =
        ContextSource.all(context).stream().filter(ContextSource::certain).toList();
    ContextIndex index = null;
    for (ContextSource source : sources) {
      SourceSelection selection = SourceSelection.of(source);
      if (selection.kind() == SourceSelection.Kind.UNKNOWN) {
        continue;
      }
      if (index == null) {
        index = ContextIndex.of(build.get());
        if (!index.usable()) {
          return;
        }
      }
      List<String> exposed = exposed(index, selection, source.excludes());
      if (!exposed.isEmpty()) {
        context.report(
            source.word().range(),
            source.keyword()
                + " "
                + source.word().value()
                + " sends secrets from the build context into the image: "
                + names(index, exposed, EXAMPLES)
                + "; exclude them in "
                + index.ignoreFileName());
      }
    }
  }

  /**
   * The received secret candidates the selection copies, in listing order; {@code excludes} are the
   * instruction's {@code --exclude} patterns, relative to each copied directory.
   */
  private static List<String> exposed(
      ContextIndex index, SourceSelection selection, DockerIgnore excludes) {
    List<String> candidates = index.memo("secrets", ContextSecretExposed::candidates);
    List<String> out = new ArrayList<>();
    switch (selection.kind()) {
      case ROOT -> {
        for (String c : candidates) {
          if (index.received(c) && !excludes.isExcluded(c)) {
            out.add(c);
          }
        }
      }
      case LITERAL -> {
        String dir = selection.path();
        if (index.isDirectory(dir) && index.received(dir)) {
          for (String c : candidates) {
            if (c.startsWith(dir + "/")
                && index.received(c)
                && !excludes.isExcluded(c.substring(dir.length() + 1))) {
              out.add(c);
            }
          }
        }
      }
      case WILDCARD, PATTERN -> {
        if (candidates.isEmpty()) {
          return out;
        }
        Set<String> matched = new HashSet<>(selection.matches(index, index::received));
        for (String c : candidates) {
          if (!index.received(c)) {
            continue;
          }
          boolean copied = matched.contains(c) && selection.selectsEveryName();
          for (String p = PatternFacts.parent(c);
              p != null && !copied;
              p = PatternFacts.parent(p)) {
            copied =
                matched.contains(p)
                    && index.isDirectory(p)
                    && !excludes.isExcluded(c.substring(p.length() + 1));
          }
          if (copied) {
            out.add(c);
          }
        }
      }
      default -> {
        // nothing this linter resolves
      }
    }
    return out;
  }

  /** Every listed path that looks like a secret; nothing inside a .git directory. */
  private static List<String> candidates(ContextIndex index) {
    List<String> out = new ArrayList<>();
    String skip = null;
    for (String e : index.entries()) {
      if (skip != null && e.startsWith(skip)) {
        continue;
      }
      skip = null;
      boolean dir = e.endsWith("/");
      String path = ContextIndex.strip(e);
      if (dir) {
        if (name(path).equals(".git")) {
          out.add(path);
          skip = e;
        }
      } else if (isSecretFile(path)) {
        out.add(path);
      }
    }
    return out;
  }

  static boolean isSecretFile(String path) {
    String name = name(path);
    String lower = name.toLowerCase(Locale.ROOT);
    if (NAMES.contains(name)) {
      return true;
    }
    if (name.startsWith(".env.")) {
      return !ENV_TEMPLATES.contains(lower);
    }
    for (String suffix : SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return true;
      }
    }
    if (lower.startsWith("credentials") && lower.endsWith(".json")) {
      return true;
    }
    for (String tail : IN_DIRECTORY) {
      if (path.equals(tail) || path.endsWith("/" + tail)) {
        return true;
      }
    }
    return false;
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Up to {@code max} paths, then how many more; directories end with {@code /}. */
  static String names(ContextIndex index, List<String> paths, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paths.size() && i < max; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(paths.get(i));
      if (index.isDirectory(paths.get(i))) {
        out.append('/');
      }
    }
    if (paths.size() > max) {
      out.append(" and ").append(paths.size() - max).append(" more");
    }
    return out.toString();
  }
}
