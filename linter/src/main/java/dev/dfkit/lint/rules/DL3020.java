package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.TextEdit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint DL3020: ADD fetches URLs and unpacks local archives; for plain files and folders COPY
 * says what happens. A source is accepted when it is a URL (http, https or a git remote) or has an
 * archive extension; sources written with variables whose value is not known are given the benefit
 * of the doubt, and here-documents are neither. The fix turns ADD into COPY when every source is a
 * plain local path and ADD has no flag COPY lacks.
 */
@RuleInfo(
    id = "DL3020",
    name = "copy-instead-of-add",
    severity = LintSeverity.ERROR,
    summary = "Use COPY instead of ADD for files and folders",
    url = "https://github.com/hadolint/hadolint/wiki/DL3020",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3020 extends InstructionRule {

  static final String MESSAGE = "Use COPY instead of ADD for files and folders";

  /** hadolint's archive extensions, plus zstd, which ADD also unpacks. */
  private static final List<String> ARCHIVES =
      List.of(
          ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz",
          ".tlz", ".tpz", ".txz", ".xz", ".zst", ".tzst");

  private static final List<String> REMOTE =
      List.of("http://", "https://", "git://", "git@", "ssh://");

  private static final Set<String> COPY_FLAGS = Set.of("chown", "chmod", "link", "exclude");

  private enum Kind {
    LOCAL,
    REMOTE_OR_ARCHIVE,
    UNKNOWN
  }

  @Override
  public Void visitAdd(Add add, LintContext context) {
    boolean local = false;
    boolean fixable = true;
    for (Word source : add.sources()) {
      Kind kind = kind(context, add, source);
      local |= kind == Kind.LOCAL;
      fixable &= kind == Kind.LOCAL && !WordValues.hasVariables(context, source);
    }
    if (!local) {
      return null;
    }
    for (Flag f : add.flags()) {
      fixable &= COPY_FLAGS.contains(f.name().toLowerCase(Locale.ROOT));
    }
    if (fixable) {
      String keyword = add.keyword().text();
      String copy = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
      context.report(
          add.keyword().range(),
          MESSAGE,
          Fix.of("use COPY", new TextEdit(add.keyword().range(), copy)));
    } else {
      context.report(add.keyword().range(), MESSAGE);
    }
    return null;
  }

  private static Kind kind(LintContext context, Add add, Word source) {
    if (!add.syntax().heredocs().isEmpty() && source.value().startsWith("<<")) {
      return Kind.UNKNOWN;
    }
    Optional<String> value = WordValues.known(context, add, source);
    if (value.isEmpty()) {
      return Kind.UNKNOWN;
    }
    String path = value.get();
    String lower = path.toLowerCase(Locale.ROOT);
    if (REMOTE.stream().anyMatch(lower::startsWith) || ARCHIVES.stream().anyMatch(path::endsWith)) {
      return Kind.REMOTE_OR_ARCHIVE;
    }
    return Kind.LOCAL;
  }
}
