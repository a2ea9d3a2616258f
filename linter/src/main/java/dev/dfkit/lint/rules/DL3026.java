package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.MountType;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.source.SourceRange;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint DL3026: images may come only from the configured trusted registries ({@code
 * trustedRegistries}; none configured allows all). An entry may start or end with {@code *}. An
 * image without a registry comes from Docker Hub and is allowed when {@code docker.io} or {@code
 * hub.docker.com} is trusted. Checked: FROM images (resolved through global ARGs), {@code COPY
 * --from} images and {@code RUN --mount=type=bind|cache,from=} images; stages and {@code scratch}
 * are not images.
 */
@RuleInfo(
    id = "DL3026",
    name = "trusted-registry",
    severity = LintSeverity.ERROR,
    summary = "Use only an allowed registry in the FROM image",
    url = "https://github.com/hadolint/hadolint/wiki/DL3026",
    source = RuleSource.HADOLINT)
public final class DL3026 implements Rule {

  static final String MESSAGE = "Use only an allowed registry in the FROM image";

  @Override
  public void check(LintContext context) {
    List<String> trusted = context.config().trustedRegistries();
    if (trusted.isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    int stages = 0;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From from) {
        if (stages < context.dockerfile().stages().size()) {
          DL3006
              .baseImage(context, context.dockerfile().stages().get(stages))
              .filter(ref -> !allowed(ref, trusted))
              .ifPresent(ref -> context.report(from.image().range(), message(ref)));
        }
        stages++;
        from.stageName().ifPresent(names::add);
      } else if (i instanceof Copy copy && copy.copyFlags().from().isPresent()) {
        Flag flag = copy.copyFlags().from().get();
        int seen = stages;
        WordValues.known(context, copy, new Word(flag.value(), flag.valueRange()))
            .filter(v -> !isStage(v, names, seen))
            .map(ImageReference::split)
            .filter(ref -> !allowed(ref, trusted))
            .ifPresent(ref -> context.report(flag.valueRange(), message(ref)));
      } else if (i instanceof Run run) {
        for (Mount mount : run.runFlags().mounts()) {
          Optional<String> from = mount.from();
          if ((mount.type() == MountType.BIND || mount.type() == MountType.CACHE)
              && from.isPresent()
              && !from.get().contains("$")
              && !from.get().equals("scratch")
              && !isStage(from.get(), names, stages)) {
            ImageReference ref = ImageReference.split(from.get());
            if (!allowed(ref, trusted)) {
              context.report(fromRange(context, mount.flag(), from.get()), message(ref));
            }
          }
        }
      }
    }
  }

  private static boolean isStage(String from, Set<String> names, int stages) {
    if (names.contains(from.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return !from.isEmpty()
        && from.length() < 10
        && from.chars().allMatch(Character::isDigit)
        && Integer.parseInt(from) < stages;
  }

  static boolean allowed(ImageReference ref, List<String> trusted) {
    if (ref.registry().isPresent()) {
      return matches(ref.registry().get(), trusted);
    }
    return ref.path().equals("scratch")
        || matches("docker.io", trusted)
        || matches("hub.docker.com", trusted);
  }

  private static boolean matches(String registry, List<String> trusted) {
    for (String t : trusted) {
      if (t.equals("*")
          || (t.startsWith("*") && registry.endsWith(t.substring(1)))
          || (t.endsWith("*") && registry.startsWith(t.substring(0, t.length() - 1)))
          || registry.equals(t)) {
        return true;
      }
    }
    return false;
  }

  private static String message(ImageReference ref) {
    return MESSAGE + " (registry: " + ref.registry().orElse("docker.io") + ")";
  }

  /** The {@code from=} value inside the mount flag, or the whole flag value. */
  private static SourceRange fromRange(LintContext context, Flag flag, String from) {
    SourceRange value = flag.valueRange();
    String text = context.dockerfile().text(value);
    int at = text.indexOf("from=" + from);
    if (at < 0 || !text.equals(flag.value())) {
      return value;
    }
    int start = value.startOffset() + at + "from=".length();
    return context.dockerfile().lines().range(start, start + from.length());
  }
}
