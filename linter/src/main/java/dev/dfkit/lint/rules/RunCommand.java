package dev.dfkit.lint.rules;

import dev.dfkit.parser.script.CommandSite;
import dev.dfkit.parser.script.ShellWord;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command a RUN runs, as the hadolint rules look at it: a name and argument words, each with its
 * value where it is known and its exact place in the Dockerfile.
 *
 * <p>Flags are read the way hadolint reads them: {@code --name=value} is the flag {@code name},
 * {@code -abc} is the flags {@code a}, {@code b} and {@code c}; {@code -} and {@code --} are not
 * flags. A word whose value is not known is not a flag.
 *
 * @param name the command's name ({@code busybox}, {@code builtin}, {@code command} and {@code
 *     exec} are looked through: {@code command apt-get install} is {@code apt-get})
 * @param nameWord the name's word
 * @param arguments the words after the name (an unquoted variable holding several words gives
 *     several arguments, all at its word)
 * @param site the command in its script; empty for an exec-form RUN
 */
record RunCommand(
    String name, Argument nameWord, List<Argument> arguments, Optional<CommandSite> site) {

  RunCommand {
    arguments = List.copyOf(arguments);
  }

  /** Where the name is: where findings about the whole command point. */
  SourceRange nameRange() {
    return nameWord.range();
  }

  /**
   * One argument.
   *
   * @param value the word after quote removal and expansion; empty when it uses a variable, a
   *     command substitution or anything else whose value the file does not give
   * @param range the word in the Dockerfile
   * @param word the shell word, when the argument is all of a literal word written in a shell
   *     script: text inserted right after it lands in the same command, exactly
   * @param expanded true when the value came from a variable
   */
  record Argument(
      Optional<String> value, SourceRange range, Optional<ShellWord> word, boolean expanded) {

    // Written without Optional.map: these are asked of every word by many rules, and each
    // capturing lambda is an allocation when the JIT does not remove it (C1 never does).

    boolean is(String text) {
      return value.isPresent() && value.get().equals(text);
    }

    boolean isAny(Collection<String> texts) {
      return value.isPresent() && texts.contains(value.get());
    }

    boolean startsWith(String prefix) {
      return value.isPresent() && value.get().startsWith(prefix);
    }

    /** True for {@code -x...} and {@code --x...}, but not for {@code -} or {@code --}. */
    boolean isFlag() {
      if (value.isEmpty()) {
        return false;
      }
      String v = value.get();
      return v.startsWith("-") && !v.equals("-") && !v.equals("--");
    }

    /**
     * The flag names in the word: {@code --no-cache=1} is {@code no-cache}; {@code -yq} is y, q.
     */
    List<String> flagNames() {
      if (!isFlag()) {
        return List.of();
      }
      String v = value.get();
      if (v.startsWith("--")) {
        int eq = v.indexOf('=');
        return List.of(v.substring(2, eq < 0 ? v.length() : eq));
      }
      List<String> names = new ArrayList<>(v.length() - 1);
      for (int i = 1; i < v.length(); i++) {
        names.add(String.valueOf(v.charAt(i)));
      }
      return names;
    }

    /** The value with a description of where it came from, for a finding's message. */
    String detail(String noun) {
      return expanded ? " (" + noun + ": " + value.orElse("") + ")" : "";
    }
  }

  /** The name without its directory: {@code /venv/bin/pip} is {@code pip}. */
  String program() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  boolean is(String command) {
    return name.equals(command);
  }

  /** True when some argument is one of {@code values} (hadolint's {@code cmdHasArgs}). */
  boolean hasArg(String... values) {
    return firstArg(values).isPresent();
  }

  /** The first argument that is one of {@code values}. */
  Optional<Argument> firstArg(String... values) {
    Set<String> wanted = Set.of(values);
    return arguments.stream().filter(a -> a.isAny(wanted)).findFirst();
  }

  boolean hasArgStartingWith(String prefix) {
    return arguments.stream().anyMatch(a -> a.startsWith(prefix));
  }

  /** True when some argument names one of {@code flags} (without dashes). */
  boolean hasFlag(String... flags) {
    Set<String> wanted = Set.of(flags);
    return arguments.stream().anyMatch(a -> a.flagNames().stream().anyMatch(wanted::contains));
  }

  /** How many times {@code flag} is given ({@code -qq} is {@code q} twice). */
  int countFlag(String flag) {
    int n = 0;
    for (Argument a : arguments) {
      for (String f : a.flagNames()) {
        if (f.equals(flag)) {
          n++;
        }
      }
    }
    return n;
  }

  /** The arguments that are not flags (hadolint's {@code getArgsNoFlags}). */
  List<Argument> nonFlags() {
    return operands(Set.of());
  }

  /**
   * The arguments that are not flags nor the values of {@code valued} flags: the word after {@code
   * -t} or {@code --target} (but not after {@code --target=x}) when {@code valued} holds {@code t}
   * and {@code target}. {@code -} and {@code --} are left out too.
   */
  List<Argument> operands(Set<String> valued) {
    List<Argument> out = new ArrayList<>();
    boolean skipNext = false;
    for (Argument a : arguments) {
      if (skipNext) {
        skipNext = false;
        continue;
      }
      if (a.isFlag()) {
        skipNext =
            !a.value().get().contains("=") && a.flagNames().stream().anyMatch(valued::contains);
        continue;
      }
      if (a.is("-") || a.is("--")) {
        continue;
      }
      out.add(a);
    }
    return out;
  }

  /** The values given to a flag: the word after {@code -u}, or what follows {@code --uid=}. */
  List<Argument> flagValues(String... names) {
    Set<String> wanted = Set.of(names);
    List<Argument> out = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Argument a = arguments.get(i);
      if (!a.isFlag() || a.flagNames().stream().noneMatch(wanted::contains)) {
        continue;
      }
      String v = a.value().get();
      int eq = v.indexOf('=');
      if (v.startsWith("--") && eq >= 0) {
        out.add(new Argument(Optional.of(v.substring(eq + 1)), a.range(), Optional.empty(), false));
      } else if (i + 1 < arguments.size()) {
        out.add(arguments.get(i + 1));
      }
    }
    return out;
  }
}
