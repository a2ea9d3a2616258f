package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.dump.GoQuote;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.Platform;
import dev.dfkit.parser.semantic.StageBase;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's FromPlatformFlagConstDisallowed: {@code FROM --platform=linux/amd64} pins a stage to
 * one platform, which breaks multi-platform builds. As in BuildKit, a value using any variable is
 * fine, a value that is not a platform is left to the build, and a stage whose name mentions the
 * platform's OS or architecture ({@code AS build-amd64}) is taken to be pinned on purpose.
 */
@RuleInfo(
    id = "FromPlatformFlagConstDisallowed",
    name = "from-platform-flag-const-disallowed",
    severity = LintSeverity.WARNING,
    summary = "FROM --platform flag should not use a constant value",
    url = "https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/",
    source = RuleSource.BUILDKIT)
public final class FromPlatformFlagConstDisallowed implements Rule {

  private static final Pattern OS =
      Pattern.compile("^([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.%-]*)((?:\\+[A-Za-z0-9_.%-]+)*)\\))?$");
  private static final Pattern COMPONENT = Pattern.compile("^[A-Za-z0-9_.-]+$");
  private static final Set<String> KNOWN_OS =
      Set.of(
          "aix",
          "android",
          "darwin",
          "dragonfly",
          "freebsd",
          "hurd",
          "illumos",
          "ios",
          "js",
          "linux",
          "nacl",
          "netbsd",
          "openbsd",
          "plan9",
          "solaris",
          "windows",
          "zos");
  private static final Set<String> KNOWN_ARCH =
      Set.of(
          "386",
          "amd64",
          "amd64p32",
          "arm",
          "armbe",
          "arm64",
          "arm64be",
          "ppc64",
          "ppc64le",
          "loong64",
          "mips",
          "mipsle",
          "mips64",
          "mips64le",
          "mips64p32",
          "mips64p32le",
          "ppc",
          "riscv",
          "riscv64",
          "s390",
          "s390x",
          "sparc",
          "sparc64",
          "wasm");

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.dockerfile().stages()) {
      StageBase base = context.variables().base(stage);
      Flag flag = stage.from().fromFlags().platform().orElse(null);
      if (base == null || flag == null || base.platform().isEmpty()) {
        continue;
      }
      ExpandedWord platform = base.platform().get();
      if (!platform.matched().isEmpty()
          || !platform.unmatched().isEmpty()
          || platform.value().isEmpty()) {
        continue;
      }
      String value = platform.value().get();
      Optional<String[]> osArch = osAndArchitecture(value);
      if (osArch.isEmpty()) {
        continue;
      }
      String name = stage.name().orElse("");
      if (name.contains(osArch.get()[0]) || name.contains(osArch.get()[1])) {
        continue;
      }
      context.report(
          flag.valueRange(),
          "FROM --platform flag should not use constant value " + GoQuote.quote(value));
    }
  }

  /** containerd's {@code platforms.Parse}, reduced to the OS and architecture. */
  static Optional<String[]> osAndArchitecture(String specifier) {
    if (specifier.contains("*")) {
      return Optional.empty();
    }
    String[] parts = specifier.split("/", 4);
    if (parts.length > 3) {
      return Optional.empty();
    }
    Matcher os = OS.matcher(parts[0]);
    if (!os.matches()) {
      return Optional.empty();
    }
    for (int i = 1; i < parts.length; i++) {
      if (!COMPONENT.matcher(parts[i]).matches()) {
        return Optional.empty();
      }
    }
    String osName = os.group(1).toLowerCase(Locale.ROOT);
    if (osName.equals("macos")) {
      osName = "darwin";
    }
    if (parts.length == 1) {
      if (KNOWN_OS.contains(osName)) {
        return Optional.of(new String[] {osName, Platform.host().architecture()});
      }
      String arch = architecture(parts[0]);
      return KNOWN_ARCH.contains(arch)
          ? Optional.of(new String[] {"linux", arch})
          : Optional.empty();
    }
    return Optional.of(new String[] {osName, architecture(parts[1])});
  }

  private static String architecture(String arch) {
    String a = arch.toLowerCase(Locale.ROOT);
    return switch (a) {
      case "i386" -> "386";
      case "x86_64", "x86-64" -> "amd64";
      case "aarch64" -> "arm64";
      case "armhf", "armel" -> "arm";
      default -> a;
    };
  }
}
