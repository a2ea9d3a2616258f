package dev.dfkit.lint.rules;

import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.MountType;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.script.CommandSite;
import dev.dfkit.parser.script.Pipeline;
import dev.dfkit.parser.script.Script;
import dev.dfkit.parser.script.ShellNode;
import dev.dfkit.parser.script.ShellOperator;
import dev.dfkit.parser.script.ShellWord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A RUN instruction with its script parsed and its commands read (see {@link RunScripts}).
 *
 * @param run the instruction (top-level, or the trigger of an ONBUILD)
 * @param trigger true for an ONBUILD trigger
 * @param script the shell script it runs; empty for the exec form, and for a heredoc script that a
 *     {@code #!} line gives to another interpreter
 * @param commands its commands in source order, a command before those in its substitutions; an
 *     exec-form RUN has one
 * @param sites the script's simple commands in source order, those without a known name included
 *     (none for the exec form)
 * @param firstPipe the first {@code |} (or {@code |&}) of the script, substitutions included
 */
record RunScript(
    Run run,
    boolean trigger,
    Optional<Script> script,
    List<RunCommand> commands,
    List<CommandSite> sites,
    Optional<ShellOperator> firstPipe) {

  RunScript {
    commands = List.copyOf(commands);
    sites = List.copyOf(sites);
  }

  /** A RUN without a shell script to read (exec form, or run by another interpreter). */
  static RunScript withoutScript(Run run, boolean trigger, List<RunCommand> commands) {
    return new RunScript(run, trigger, Optional.empty(), commands, List.of(), Optional.empty());
  }

  /** The commands named {@code name}. */
  List<RunCommand> named(String name) {
    // Loops, not streams: every RUN rule asks this of every RUN, and most find nothing or one
    // (a list of one is one small object: this was a twentieth of what an editor's lint allocates).
    RunCommand one = null;
    List<RunCommand> more = null;
    for (RunCommand c : commands) {
      if (c.is(name)) {
        if (one == null) {
          one = c;
        } else {
          if (more == null) {
            more = new ArrayList<>(4);
            more.add(one);
          }
          more.add(c);
        }
      }
    }
    if (more != null) {
      return Collections.unmodifiableList(more);
    }
    return one == null ? List.of() : List.of(one);
  }

  /** The first command that matches, in source order. */
  Optional<RunCommand> first(Predicate<RunCommand> test) {
    for (RunCommand c : commands) {
      if (test.test(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The last command that matches {@code install} when no command after it matches {@code clean}:
   * what a "clean up after installing" rule reports.
   */
  Optional<RunCommand> installWithoutCleanup(
      Predicate<RunCommand> install, Predicate<RunCommand> clean) {
    RunCommand last = null;
    for (RunCommand c : commands) {
      if (install.test(c)) {
        last = c;
      } else if (last != null && clean.test(c)) {
        last = null;
      }
    }
    return Optional.ofNullable(last);
  }

  /** True when a cache or tmpfs mount's target contains {@code fragment} (hadolint's test). */
  boolean mountsCacheAt(String fragment) {
    return anyMount(RunScript::caches, t -> t.contains(fragment));
  }

  /**
   * True when a cache or tmpfs mount's target is a folder named {@code name} ({@code /x/name/}).
   */
  boolean mountsCacheOver(String name) {
    return anyMount(
        RunScript::caches, t -> named(t.endsWith("/") ? t.substring(0, t.length() - 1) : t, name));
  }

  /** True when a bind mount puts a file named {@code name} into the command's file system. */
  boolean bindMountsFile(String name) {
    return anyMount(type -> type == MountType.BIND, t -> named(t, name));
  }

  private static boolean caches(MountType type) {
    return type == MountType.CACHE || type == MountType.TMPFS;
  }

  /** Whether the path's last name is {@code name}. */
  private static boolean named(String path, String name) {
    return path.equals(name) || path.endsWith("/" + name);
  }

  private boolean anyMount(Predicate<MountType> type, Predicate<String> target) {
    for (Mount m : run.runFlags().mounts()) {
      if (type.test(m.type()) && m.target().map(target::test).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** The first {@code |} (or {@code |&}) below {@code node}, substitutions included. */
  static Optional<ShellOperator> firstPipe(ShellNode node) {
    Optional<ShellOperator> first = Optional.empty();
    if (node instanceof Pipeline p && !p.operators().isEmpty()) {
      first = Optional.of(p.operators().get(0));
    } else if (node instanceof ShellWord word && !word.mayHoldCommands()) {
      return first;
    }
    for (ShellNode child : node.children()) {
      Optional<ShellOperator> found = firstPipe(child);
      if (found.isPresent()
          && (first.isEmpty()
              || found.get().range().startOffset() < first.get().range().startOffset())) {
        first = found;
      }
    }
    return first;
  }
}
