package dev.dfkit.lint.rules;

import dev.dfkit.lint.rules.RunCommand.Argument;
import dev.dfkit.parser.script.Assignment;
import dev.dfkit.parser.script.DoubleQuoted;
import dev.dfkit.parser.script.ForClause;
import dev.dfkit.parser.script.Literal;
import dev.dfkit.parser.script.ParameterExpansion;
import dev.dfkit.parser.script.Script;
import dev.dfkit.parser.script.ShellNode;
import dev.dfkit.parser.script.ShellWord;
import dev.dfkit.parser.script.SimpleCommand;
import dev.dfkit.parser.script.SingleQuoted;
import dev.dfkit.parser.script.WordPart;
import dev.dfkit.parser.shell.VariableLookup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a RUN script's words, as far as the Dockerfile says: {@code $NAME} and {@code
 * ${NAME}} take the value the ARG or ENV in scope gives NAME, unless the script sets NAME itself
 * (an assignment, {@code export}, {@code read}, a {@code for} loop). Anything else that expands
 * ({@code $(...)}, {@code ${NAME:-x}}, a name the file does not set) makes the word's value
 * unknown. An unquoted variable's value is split into words at blanks, as the shell does.
 */
final class ScriptVariables {

  private static final Set<String> DECLARING =
      Set.of("export", "readonly", "local", "declare", "typeset", "read");

  private final VariableLookup scope;
  private final Set<String> setByScript;

  private ScriptVariables(VariableLookup scope, Set<String> setByScript) {
    this.scope = scope;
    this.setByScript = setByScript;
  }

  /** Nothing is known (an ONBUILD trigger runs with variables of a build not yet written). */
  static ScriptVariables unknown() {
    return new ScriptVariables(VariableLookup.EMPTY, Set.of());
  }

  static ScriptVariables of(VariableLookup scope, Script script) {
    return of(scope, assigned(script));
  }

  /** With the names the script sets ({@link #assigned}) known already. */
  static ScriptVariables of(VariableLookup scope, Set<String> assigned) {
    return new ScriptVariables(scope, assigned);
  }

  /** The names a script sets itself: their values are not the file's. */
  static Set<String> assigned(Script script) {
    Set<String> names = new HashSet<>();
    collectAssigned(script, names);
    return Set.copyOf(names);
  }

  /** The value of a variable, when the file gives it and the script does not change it. */
  Optional<String> value(String name) {
    if (setByScript.contains(name)) {
      return Optional.empty();
    }
    return Optional.ofNullable(scope.get(name));
  }

  /** The arguments a word becomes: one, or several when an unquoted variable holds blanks. */
  List<Argument> fields(ShellWord word) {
    Fields f = new Fields();
    boolean expanded = false;
    for (WordPart part : word.parts()) {
      if (part instanceof Literal || part instanceof SingleQuoted) {
        f.append(part.literalValue().orElse(""), part instanceof SingleQuoted);
      } else if (part instanceof DoubleQuoted dq) {
        f.append("", true);
        for (WordPart inner : dq.parts()) {
          if (inner instanceof Literal l) {
            f.append(l.value(), true);
          } else {
            Optional<String> v = simpleValue(inner);
            if (v.isEmpty()) {
              return unknown(word);
            }
            expanded = true;
            f.append(v.get(), true);
          }
        }
      } else {
        Optional<String> v = simpleValue(part);
        if (v.isEmpty()) {
          return unknown(word);
        }
        expanded = true;
        f.split(v.get());
      }
    }
    List<String> values = f.done();
    boolean literal = !expanded && values.size() == 1;
    List<Argument> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(
          new Argument(
              Optional.of(v),
              word.range(),
              literal ? Optional.of(word) : Optional.empty(),
              expanded));
    }
    return out;
  }

  private static List<Argument> unknown(ShellWord word) {
    return List.of(new Argument(Optional.empty(), word.range(), Optional.empty(), true));
  }

  /** The value of {@code $NAME} or {@code ${NAME}}; empty for any other expansion. */
  private Optional<String> simpleValue(WordPart part) {
    if (part instanceof ParameterExpansion p && isPlainReference(p.text(), p.name())) {
      return value(p.name());
    }
    return Optional.empty();
  }

  /** {@code $NAME} or {@code ${NAME}} with a name of letters, digits and {@code _}. */
  private static boolean isPlainReference(String text, String name) {
    int n = name.length();
    boolean plain =
        text.length() == n + 1 && text.startsWith(name, 1)
            || text.length() == n + 3
                && text.startsWith("${")
                && text.startsWith(name, 2)
                && text.charAt(n + 2) == '}';
    if (!plain || n == 0 || Character.isDigit(name.charAt(0)) || text.charAt(0) != '$') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static void collectAssigned(ShellNode node, Set<String> names) {
    if (node instanceof Assignment a) {
      names.add(baseName(a.name()));
    } else if (node instanceof ForClause f) {
      names.add(f.name());
    } else if (node instanceof ShellWord w && !w.mayHoldCommands()) {
      return; // assignments, loops and commands are never inside such a word
    } else if (node instanceof SimpleCommand c && c.name().map(DECLARING::contains).orElse(false)) {
      for (ShellWord w : c.arguments()) {
        String text = w.text();
        int eq = text.indexOf('=');
        names.add(baseName(eq < 0 ? text : text.substring(0, eq)));
      }
    }
    for (ShellNode child : node.children()) {
      collectAssigned(child, names);
    }
  }

  private static String baseName(String name) {
    int bracket = name.indexOf('[');
    return bracket < 0 ? name : name.substring(0, bracket);
  }

  /** Builds the fields of one word. */
  private static final class Fields {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean started;

    void append(String s, boolean quoted) {
      current.append(s);
      started |= quoted || !s.isEmpty();
    }

    /** An unquoted expansion: blanks end the current field. */
    void split(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n') {
          flush();
        } else {
          current.append(c);
          started = true;
        }
      }
    }

    private void flush() {
      if (started) {
        done.add(current.toString());
      }
      current.setLength(0);
      started = false;
    }

    List<String> done() {
      flush();
      return done;
    }
  }
}
