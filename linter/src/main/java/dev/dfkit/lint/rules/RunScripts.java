package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.rules.RunCommand.Argument;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.script.CommandSite;
import dev.dfkit.parser.script.Script;
import dev.dfkit.parser.script.ShellScriptCache;
import dev.dfkit.parser.script.ShellScriptResult;
import dev.dfkit.parser.semantic.BuildVariables;
import dev.dfkit.parser.shell.VariableLookup;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The RUN scripts of one file, each parsed and read once however many rules look at it. Kept per
 * linted file (the context's memo) and dropped with it. Thread-safe: a file's rules may run on
 * several threads.
 */
final class RunScripts {

  /** Commands that run the command named by their first operand. */
  private static final Set<String> WRAPPERS = Set.of("busybox", "builtin", "command", "exec");

  private final Dockerfile dockerfile;
  private final BuildVariables variables;
  private final ShellScriptCache parses;
  private final ScriptCommands commands;
  private final Map<Run, RunScript> scripts = new IdentityHashMap<>();
  private List<RunScript> triggers;

  /** Commands of as many scripts as the linter's script cache keeps parses of. */
  private static final int COMMANDS_KEPT = 1024;

  private RunScripts(
      Dockerfile dockerfile,
      BuildVariables variables,
      ShellScriptCache parses,
      ScriptCommands commands) {
    this.dockerfile = dockerfile;
    this.variables = variables;
    this.parses = parses;
    this.commands = commands;
  }

  /**
   * The scripts of the context's file, parsed once per lint run (the context's memo); the linter's
   * caches reuse parses and commands of earlier runs.
   */
  static RunScripts of(LintContext context) {
    return context.memo(
        RunScripts.class,
        () -> {
          RunScripts scripts =
              new RunScripts(
                  context.dockerfile(),
                  context.variables(),
                  context.scripts(),
                  context.kept(ScriptCommands.class, () -> new ScriptCommands(COMMANDS_KEPT)));
          context.<RunScripts>keptMemo(RunScripts.class).ifPresent(scripts::takeOver);
          return scripts;
        });
  }

  /**
   * Takes over the earlier lint's readings of the RUNs it shares with this one above an edit: the
   * same objects, with the same instructions above them, so the same variables (an editor's next
   * version would otherwise look each up in the script cache and check each reading again).
   */
  private void takeOver(LintContext.Kept<RunScripts> kept) {
    Map<Run, RunScript> earlier = kept.earlier().scripts;
    // this one is not shared yet: only the earlier map needs its lock
    synchronized (earlier) {
      for (Instruction i : kept.instructions()) {
        Run run =
            i instanceof Run r
                ? r
                : i instanceof Onbuild o && o.trigger().orElse(null) instanceof Run t ? t : null;
        RunScript read = run == null ? null : earlier.get(run);
        if (read != null) {
          scripts.put(run, read);
        }
      }
    }
  }

  /** The scripts of a file outside a lint run (not cached). */
  static RunScripts of(Dockerfile dockerfile) {
    return new RunScripts(
        dockerfile,
        BuildVariables.analyze(dockerfile),
        new ShellScriptCache(0),
        new ScriptCommands(0));
  }

  /** A top-level RUN. */
  RunScript of(Run run) {
    return script(run, false);
  }

  /** The RUN triggers of the file's ONBUILD instructions, in order. */
  synchronized List<RunScript> triggers() {
    if (triggers == null) {
      List<RunScript> out = new ArrayList<>();
      for (Instruction i : dockerfile.instructions()) {
        if (i instanceof Onbuild o && o.trigger().orElse(null) instanceof Run run) {
          out.add(script(run, true));
        }
      }
      triggers = List.copyOf(out);
    }
    return triggers;
  }

  /**
   * The script read once: asked once per RUN by every RUN rule. Read outside the lock, so two
   * threads may read one script at once; both get the reading stored first.
   */
  private RunScript script(Run run, boolean trigger) {
    RunScript known;
    synchronized (scripts) {
      known = scripts.get(run);
    }
    if (known != null) {
      return known;
    }
    RunScript read = read(run, trigger);
    synchronized (scripts) {
      known = scripts.putIfAbsent(run, read);
    }
    return known != null ? known : read;
  }

  private RunScript read(Run run, boolean trigger) {
    if (run.command() instanceof ExecForm exec) {
      return RunScript.withoutScript(run, trigger, execCommand(run, exec));
    }
    ShellScriptCache.Parse parse = parses.parseMoving(run, dockerfile);
    Optional<Script> script = parse.result().map(ShellScriptResult::script);
    if (script.isEmpty()) {
      return RunScript.withoutScript(run, trigger, List.of());
    }
    VariableLookup scope = trigger ? VariableLookup.EMPTY : variables.before(run);
    ScriptCommands.Reading read =
        parse.move().isPresent()
            ? commands.readMoved(parse.move().get(), trigger, scope)
            : commands.read(script.get(), trigger, scope);
    return new RunScript(run, trigger, script, read.commands(), read.sites(), read.firstPipe());
  }

  /** {@code RUN ["apt-get", "install", "curl"]}: one command, its words taken as they are. */
  private List<RunCommand> execCommand(Run run, ExecForm exec) {
    List<Argument> words = new ArrayList<>();
    for (Word w : exec.arguments()) {
      words.add(
          new Argument(
              Optional.of(w.value()),
              WordRanges.of(dockerfile, run.syntax(), w, 0, w.value().length()),
              Optional.empty(),
              false));
    }
    return command(words, Optional.empty()).map(List::of).orElse(List.of());
  }

  /** The command the words run, when its name is known. */
  static Optional<RunCommand> command(List<Argument> words, Optional<CommandSite> site) {
    int at = 0;
    while (at < words.size()
        && words.get(at).isAny(WRAPPERS)
        && at + 1 < words.size()
        && !words.get(at + 1).isFlag()) {
      at++;
    }
    if (at >= words.size() || words.get(at).value().isEmpty()) {
      return Optional.empty();
    }
    Argument name = words.get(at);
    return Optional.of(
        new RunCommand(name.value().get(), name, words.subList(at + 1, words.size()), site));
  }
}
