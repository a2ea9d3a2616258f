package dev.dfkit.lint.rules;

import dev.dfkit.parser.script.Script;
import dev.dfkit.parser.shell.VariableLookup;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The commands read from parsed RUN scripts ({@link RunScripts}), remembered across lints. The
 * linter's script cache hands back the very same tree for a script that did not move (every RUN
 * above an edit, and all of them when an edit is undone), and reading its commands again (command
 * sites, the names it sets, its words' values) would give the same list: it is reused when every
 * variable the reading looked up still has the value it had. Thread-safe; holds at most {@code
 * capacity} scripts, least recently used dropped first.
 */
final class ScriptCommands {

  /** A tree by identity: a record's equality would walk the whole tree. */
  private record Tree(Script script) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Tree t && t.script == script;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(script);
    }
  }

  /** One reading: the values it looked up (null: unset) and the commands it found. */
  private record Read(boolean trigger, Map<String, String> looked, List<RunCommand> commands) {
    boolean sameValues(VariableLookup scope) {
      for (Map.Entry<String, String> e : looked.entrySet()) {
        if (!Objects.equals(scope.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<Tree, Read> read;

  ScriptCommands(int capacity) {
    this.read =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Tree, Read> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The commands of {@code script} read with the variables of {@code scope}: {@code reader}'s
   * answer for them, or the one it gave before for this tree and the same values.
   */
  List<RunCommand> commands(
      Script script,
      boolean trigger,
      VariableLookup scope,
      Function<VariableLookup, List<RunCommand>> reader) {
    Tree key = new Tree(script);
    Read before;
    synchronized (read) {
      before = read.get(key);
    }
    if (before != null && before.trigger() == trigger && before.sameValues(scope)) {
      return before.commands();
    }
    Recording recording = new Recording(scope);
    List<RunCommand> commands = List.copyOf(reader.apply(recording));
    if (!recording.listed) {
      synchronized (read) {
        read.put(key, new Read(trigger, recording.looked, commands));
      }
    }
    return commands;
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
