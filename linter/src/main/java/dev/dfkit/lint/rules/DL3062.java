package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * hadolint DL3062: {@code go install pkg} (or {@code go get}, {@code go run}) without a version
 * fetches whatever the module's default branch has that day. Each package of a {@code go install}
 * or {@code go get}, and the package a {@code go run} runs, is reported at its word unless it has
 * an {@code @version} other than {@code @latest} or {@code @none}, or is local ({@code .}, a path
 * starting with {@code /} or {@code .}, or a {@code .go} file). Values of build flags ({@code -o},
 * {@code -ldflags}, {@code -tags}, ...) are not packages. Nothing is reported where a {@code
 * go.mod} pins the packages (hadolint reports it): a RUN that bind-mounts one, or a command that
 * names Go 1.24's {@code tool} meta-package, which only works in a module.
 */
@RuleInfo(
    id = "DL3062",
    name = "pin-go-versions",
    severity = LintSeverity.WARNING,
    summary =
        "Pin versions in go. Instead of `go install <package>` use `go install"
            + " <package>@<version>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3062",
    source = RuleSource.HADOLINT)
public final class DL3062 extends RunRule {

  private static final Pattern DASHES = Pattern.compile("^--?");

  static final String MESSAGE =
      "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`";

  private static final Set<String> VALUED =
      Set.of(
          "o",
          "C",
          "p",
          "ldflags",
          "gcflags",
          "asmflags",
          "gccgoflags",
          "tags",
          "mod",
          "modfile",
          "pkgdir",
          "toolexec",
          "buildmode",
          "compiler",
          "exec",
          "overlay",
          "pgo",
          "installsuffix",
          "covermode",
          "coverpkg");

  @Override
  void checkRun(LintContext context, RunScript run) {
    List<RunCommand> goCommands = run.named("go");
    if (goCommands.isEmpty() || run.bindMountsFile("go.mod")) {
      return; // a go.mod mounted for the command: its requirements pin every package
    }
    for (RunCommand c : goCommands) {
      List<Argument> operands = operands(c);
      if (operands.isEmpty()) {
        continue;
      }
      if (operands.stream().anyMatch(a -> a.is("tool"))) {
        continue; // the "tool" meta-package needs a go.mod, which pins the packages beside it
      }
      String sub = operands.get(0).value().orElse("");
      List<Argument> packages;
      if (sub.equals("install") || sub.equals("get")) {
        packages = operands.subList(1, operands.size());
      } else if (sub.equals("run") && operands.size() > 1) {
        packages = operands.subList(1, 2); // what follows is the program's arguments
      } else {
        continue;
      }
      for (Argument p : packages) {
        if (p.value().isPresent() && !pinned(p.value().get())) {
          report(context, p, MESSAGE);
        }
      }
    }
  }

  /** Go's flags are long with one dash ({@code -ldflags}): its own reading, not {@code -abc}. */
  private static List<Argument> operands(RunCommand c) {
    List<Argument> out = new ArrayList<>();
    boolean skipNext = false;
    for (Argument a : c.arguments()) {
      if (skipNext) {
        skipNext = false;
      } else if (a.isFlag()) {
        String flag = DASHES.matcher(a.value().get()).replaceFirst("");
        skipNext = !flag.contains("=") && VALUED.contains(flag);
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean pinned(String p) {
    boolean local = p.equals(".") || p.startsWith("/") || p.startsWith(".") || p.endsWith(".go");
    return local || (p.contains("@") && !p.endsWith("@latest") && !p.endsWith("@none"));
  }
}
