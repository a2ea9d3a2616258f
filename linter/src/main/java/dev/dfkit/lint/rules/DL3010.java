package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * hadolint DL3010: an archive COPYed into the image and then unpacked by a RUN of the same stage is
 * in the image twice (the archive's layer stays); ADD unpacks a local archive in one step. The COPY
 * word naming the archive is reported (the destination when it is itself an archive name, else each
 * archive source) when a later RUN of the stage extracts a file of that name ({@code tar -x},
 * {@code --extract}, {@code --get}, or one of {@code unzip}, {@code gunzip}, {@code bunzip2},
 * {@code unlzma}, {@code unxz}, {@code zgz}, {@code uncompress}, {@code zcat}, {@code gzcat}). The
 * old form {@code tar xzf a.tgz} counts too. Names compare by their last path segment, {@code /}
 * and {@code \} both separating. COPY {@code --from} is not about local archives and is left alone.
 */
@RuleInfo(
    id = "DL3010",
    name = "use-add-for-archives",
    severity = LintSeverity.INFO,
    summary = "Use `ADD` for extracting archives into an image",
    url = "https://github.com/hadolint/hadolint/wiki/DL3010",
    source = RuleSource.HADOLINT)
public final class DL3010 implements Rule {

  static final String MESSAGE = "Use `ADD` for extracting archives into an image";

  private static final List<String> ARCHIVE_SUFFIXES =
      List.of(
          ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz",
          ".tlz", ".tpz", ".txz", ".xz");

  private static final Set<String> UNPACKERS =
      Set.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat");

  /** A COPY word naming an archive, and the archive's file name. */
  private record Archive(Word word, String name) {}

  @Override
  public void check(LintContext context) {
    RunScripts scripts = RunScripts.of(context);
    for (Stage stage : context.dockerfile().stages()) {
      List<Archive> copied = new ArrayList<>();
      Set<Archive> extracted = new LinkedHashSet<>();
      for (Instruction i : stage.instructions()) {
        if (i instanceof Copy copy && copy.copyFlags().from().isEmpty()) {
          copied.addAll(archives(copy));
        } else if (i instanceof Run run && !copied.isEmpty()) {
          for (RunCommand c : scripts.of(run).commands()) {
            if (!extracts(c)) {
              continue;
            }
            for (Argument a : c.nonFlags()) {
              String name = a.value().map(DL3010::basename).orElse("");
              copied.stream().filter(x -> x.name().equals(name)).forEach(extracted::add);
            }
          }
        }
      }
      for (Archive a : extracted) {
        context.report(a.word().range(), MESSAGE);
      }
    }
  }

  private static List<Archive> archives(Copy copy) {
    String target = basename(unquote(copy.destination().value()));
    if (isArchive(target)) {
      return List.of(new Archive(copy.destination(), target));
    }
    List<Archive> out = new ArrayList<>();
    for (Word source : copy.sources()) {
      String name = basename(unquote(source.value()));
      if (isArchive(name)) {
        out.add(new Archive(source, name));
      }
    }
    return out;
  }

  private static boolean extracts(RunCommand c) {
    if (UNPACKERS.contains(c.name())) {
      return true;
    }
    if (!c.is("tar") || c.arguments().isEmpty()) {
      return false;
    }
    // tar xzf a.tgz: the old form, options bundled in the first word without a dash.
    if (c.arguments().get(0).value().map(v -> v.matches("[A-Za-z]*x[A-Za-z]*")).orElse(false)) {
      return true;
    }
    return c.arguments().stream()
        .anyMatch(
            a ->
                a.is("--extract")
                    || a.is("--get")
                    || (a.startsWith("-") && !a.startsWith("--") && a.value().get().contains("x")));
  }

  private static boolean isArchive(String name) {
    return ARCHIVE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static String basename(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(cut + 1);
  }

  private static String unquote(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '"' || s.charAt(start) == '\'')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '"' || s.charAt(end - 1) == '\'')) {
      end--;
    }
    return s.substring(start, end);
  }
}
