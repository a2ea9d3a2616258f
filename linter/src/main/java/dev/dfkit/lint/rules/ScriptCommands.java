package dev.dfkit.lint.rules;

import dev.dfkit.lint.rules.RunCommand.Argument;
import dev.dfkit.parser.script.CommandSite;
import dev.dfkit.parser.script.Script;
import dev.dfkit.parser.script.ShellNode;
import dev.dfkit.parser.script.ShellOperator;
import dev.dfkit.parser.script.ShellScriptCache.ScriptMove;
import dev.dfkit.parser.script.ShellWord;
import dev.dfkit.parser.shell.VariableLookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link RunScripts} reads from parsed RUN scripts, remembered across lints. The linter's
 * script cache hands back the very same tree for a script that did not move (every RUN above an
 * edit, and all of them when an edit is undone), and reading it again would give the same answer:
 * what depends on the tree alone (its command sites, first pipe, the names it sets) is kept with
 * it, and its commands too while every variable their words looked up keeps its value. Thread-safe;
 * holds at most {@code capacity} trees, least recently used dropped first.
 */
final class ScriptCommands {

  /** What {@link RunScripts} reads from one script. */
  record Reading(
      List<CommandSite> sites, Optional<ShellOperator> firstPipe, List<RunCommand> commands) {}

  /** What depends on the tree alone. */
  private record Facts(
      List<CommandSite> sites, Optional<ShellOperator> firstPipe, Set<String> assigned) {
    static Facts of(Script script) {
      return new Facts(
          List.copyOf(script.simpleCommands()),
          RunScript.firstPipe(script),
          ScriptVariables.assigned(script));
    }
  }

  /** A tree's facts and its last reading: the values it looked up (null: unset), what it read. */
  private record Entry(Facts facts, boolean trigger, Map<String, String> looked, Reading reading) {
    boolean reads(boolean trigger, VariableLookup scope) {
      if (trigger != this.trigger) {
        return false;
      }
      for (Map.Entry<String, String> e : looked.entrySet()) {
        if (!Objects.equals(scope.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<ByIdentity, Entry> entries;

  /** Identity hashes of trees read once (not kept yet), as a set. */
  private final Map<Integer, Boolean> readOnce;

  ScriptCommands(int capacity) {
    this.entries = lru(capacity);
    this.readOnce = lru(capacity);
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Reads {@code script}, its words valued with {@code scope} (an ONBUILD trigger's with nothing:
   * it runs in a build not yet written).
   */
  Reading read(Script script, boolean trigger, VariableLookup scope) {
    return read(script, trigger, scope, false);
  }

  /**
   * Reads the tree the script cache made by moving {@code move.from()} (the RUN moved with the
   * lines above it): reads that earlier tree instead, remembered at once since the next version of
   * the file moves it again, and moves the reading along. The moved tree itself is a new one on
   * every edit above it, so reading it would find nothing remembered.
   */
  Reading readMoved(ScriptMove move, boolean trigger, VariableLookup scope) {
    return moved(read(move.from(), trigger, scope, true), move);
  }

  /** {@code keep}: remember the tree's reading even when it is read for the first time. */
  private Reading read(Script script, boolean trigger, VariableLookup scope, boolean keep) {
    ByIdentity key = new ByIdentity(ScriptCommands.class, script);
    Entry before;
    synchronized (entries) {
      before = entries.get(key);
    }
    if (before != null && before.reads(trigger, scope)) {
      return before.reading();
    }
    Facts facts = before != null ? before.facts() : Facts.of(script);
    Recording recording = new Recording(scope);
    ScriptVariables values =
        trigger ? ScriptVariables.unknown() : ScriptVariables.of(recording, facts.assigned());
    List<RunCommand> commands = new ArrayList<>();
    for (CommandSite site : facts.sites()) {
      List<Argument> words = new ArrayList<>();
      for (ShellWord w : site.command().words()) {
        words.addAll(values.fields(w));
      }
      RunScripts.command(words, Optional.of(site)).ifPresent(commands::add);
    }
    Reading reading = new Reading(facts.sites(), facts.firstPipe(), List.copyOf(commands));
    if (!recording.listed) {
      synchronized (entries) {
        if (before != null || keep || readOnce.remove(key.hashCode()) != null) {
          entries.put(key, new Entry(facts, trigger, recording.looked, reading));
        } else {
          readOnce.put(key.hashCode(), Boolean.TRUE);
        }
      }
    }
    return reading;
  }

  /** {@code r}, read from the tree {@code move} moved, moved with it. */
  private static Reading moved(Reading r, ScriptMove move) {
    Map<CommandSite, CommandSite> sites = new IdentityHashMap<>();
    List<CommandSite> movedSites = new ArrayList<>(r.sites().size());
    for (CommandSite s : r.sites()) {
      List<ShellNode> ancestors = new ArrayList<>(s.ancestors().size());
      for (ShellNode n : s.ancestors()) {
        ancestors.add(move.node(n));
      }
      CommandSite to = new CommandSite(move.node(s.command()), ancestors);
      sites.put(s, to);
      movedSites.add(to);
    }
    List<RunCommand> commands = new ArrayList<>(r.commands().size());
    for (RunCommand c : r.commands()) {
      List<Argument> arguments = new ArrayList<>(c.arguments().size());
      for (Argument a : c.arguments()) {
        arguments.add(moved(a, move));
      }
      commands.add(
          new RunCommand(
              c.name(),
              moved(c.nameWord(), move),
              arguments,
              c.site().isPresent() ? Optional.of(sites.get(c.site().get())) : Optional.empty()));
    }
    Optional<ShellOperator> pipe =
        r.firstPipe().isPresent() ? Optional.of(move.node(r.firstPipe().get())) : Optional.empty();
    return new Reading(List.copyOf(movedSites), pipe, List.copyOf(commands));
  }

  private static Argument moved(Argument a, ScriptMove move) {
    Optional<ShellWord> word =
        a.word().isPresent() ? Optional.of(move.node(a.word().get())) : Optional.empty();
    return new Argument(a.value(), move.range(a.range()), word, a.expanded());
  }

  /** A scope that remembers what was asked of it. */
  private static final class Recording implements VariableLookup {
    private final VariableLookup scope;
    private final Map<String, String> looked = new HashMap<>();
    private boolean listed;

    Recording(VariableLookup scope) {
      this.scope = scope;
    }

    @Override
    public String get(String name) {
      String value = scope.get(name);
      looked.put(name, value);
      return value;
    }

    @Override
    public Collection<String> names() {
      listed = true; // the answer depends on every name: not worth remembering
      return scope.names();
    }
  }
}
