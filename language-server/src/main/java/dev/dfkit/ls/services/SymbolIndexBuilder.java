package dev.dfkit.ls.services;

import dev.dfkit.ls.services.SymbolIndex.ExternalName;
import dev.dfkit.ls.services.SymbolIndex.Kind;
import dev.dfkit.ls.services.SymbolIndex.Occurrence;
import dev.dfkit.ls.services.SymbolIndex.Role;
import dev.dfkit.ls.services.SymbolIndex.Symbol;
import dev.dfkit.ls.services.SymbolIndex.UnresolvedUse;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.InstructionSyntax;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Stopsignal;
import dev.dfkit.parser.ast.User;
import dev.dfkit.parser.ast.Volume;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.ast.Workdir;
import dev.dfkit.parser.semantic.ProxyArgs;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableLookup;
import dev.dfkit.parser.shell.VariableReference;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds a {@link SymbolIndex}: one walk over the tree, keeping the scopes the build would. */
final class SymbolIndexBuilder {
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern INDEX = Pattern.compile("[0-9]+");
  private static final Pattern HEREDOC_SCRIPT = Pattern.compile("\\s*[0-9]*<<");

  private final Dockerfile dockerfile;
  private final ShellLexer scriptLexer = ShellLexer.of('\\');
  private final ShellLexer heredocLexer = ShellLexer.of('\\').withSkipProcessQuotes(true);
  private final List<Symbol> stageSymbols = new ArrayList<>();
  private final List<Symbol> heredocSymbols = new ArrayList<>();
  private final List<RawOccurrence> raw = new ArrayList<>();
  private final List<Occurrence> occurrences = new ArrayList<>();
  private final List<UnresolvedUse> unresolved = new ArrayList<>();
  private final List<ExternalName> externalNames = new ArrayList<>();
  private int[] parents;
  private final Map<String, Def> globals = new HashMap<>();
  private final List<Map<String, Def>> stageScopes = new ArrayList<>();
  private Map<String, String> globalValues;
  private int stageIndex = -1;

  SymbolIndexBuilder(Dockerfile dockerfile) {
    this.dockerfile = dockerfile;
  }

  /** A variable definition; definitions the build treats as one variable are unioned. */
  private static final class Def {
    final String name;
    final SourceRange range;
    final boolean arg;
    final boolean global;
    Def parent = this;
    SourceRange target;

    Def(String name, SourceRange range, boolean arg, boolean global) {
      this.name = name;
      this.range = range;
      this.arg = arg;
      this.global = global;
      this.target = range;
    }

    Def root() {
      Def d = this;
      while (d.parent != d) {
        d.parent = d.parent.parent;
        d = d.parent;
      }
      return d;
    }
  }

  private record RawOccurrence(
      Def def, int stage, SourceRange range, Role role, SourceRange target) {}

  SymbolIndex build() {
    parents = new int[dockerfile.stages().size()];
    for (Stage s : dockerfile.stages()) {
      Symbol sym = new Symbol(Kind.STAGE, s.name().orElse(""));
      sym.stage = s;
      stageSymbols.add(sym);
      s.from()
          .stageNameWord()
          .ifPresent(
              w -> sym.occurrences.add(new Occurrence(sym, w.range(), Role.DEFINITION, w.range())));
    }
    for (Arg arg : dockerfile.globalArgs()) {
      declare(arg, globals, true);
    }
    for (Stage s : dockerfile.stages()) {
      stageIndex = s.index();
      stage(s);
    }
    for (Instruction i : dockerfile.instructions()) {
      heredocs(i);
    }
    Map<Def, Symbol> byRoot = new IdentityHashMap<>();
    List<Symbol> variableSymbols = new ArrayList<>();
    for (RawOccurrence r : raw) {
      Def root = r.def().root();
      Symbol sym = byRoot.get(root);
      if (sym == null) {
        sym = new Symbol(Kind.VARIABLE, root.name);
        byRoot.put(root, sym);
        variableSymbols.add(sym);
      }
      if (r.role() == Role.DEFINITION) {
        sym.global |= r.def().global;
        sym.arg |= r.def().arg;
        sym.env |= !r.def().arg;
      }
      if (r.stage() >= 0) {
        sym.stages.add(r.stage());
      }
      sym.occurrences.add(new Occurrence(sym, r.range(), r.role(), r.target()));
    }
    List<Symbol> all = new ArrayList<>(stageSymbols);
    all.addAll(variableSymbols);
    all.addAll(heredocSymbols);
    for (Symbol sym : all) {
      sym.occurrences.sort(Comparator.comparingInt(o -> o.range().startOffset()));
      occurrences.addAll(sym.occurrences);
    }
    occurrences.sort(Comparator.comparingInt(o -> o.range().startOffset()));
    // Defensive: occurrences come from distinct words, but never let two overlap.
    List<Occurrence> disjoint = new ArrayList<>(occurrences.size());
    int end = -1;
    for (Occurrence o : occurrences) {
      if (o.range().startOffset() >= end) {
        disjoint.add(o);
        end = Math.max(end, o.range().endOffset());
      }
    }
    return new SymbolIndex(
        dockerfile,
        List.copyOf(stageSymbols),
        List.copyOf(all),
        disjoint,
        List.copyOf(unresolved),
        List.copyOf(externalNames),
        parents);
  }

  private void stage(Stage s) {
    uses(s.from().syntax(), s.from().image(), globals, Visibility.BUILD);
    s.from()
        .fromFlags()
        .platform()
        .ifPresent(f -> uses(s.from().syntax(), WordSpans.value(f), globals, Visibility.BUILD));
    Stage parent = null;
    String image = s.base().value();
    if (image.indexOf('$') < 0) {
      String wanted = image.toLowerCase(Locale.ROOT);
      for (int i = s.index() - 1; i >= 0; i--) {
        Stage earlier = dockerfile.stages().get(i);
        if (earlier.name().map(wanted::equals).orElse(false)) {
          parent = earlier;
          break;
        }
      }
      if (parent != null) {
        stageReference(parent, s.base().range(), Role.REFERENCE);
      } else {
        externalNames.add(new ExternalName(wanted, s.base().range()));
      }
    } else {
      parent = expandedParent(s);
    }
    parents[s.index()] = parent == null ? -1 : parent.index();
    Map<String, Def> scope =
        parent == null ? new HashMap<>() : new HashMap<>(stageScopes.get(parent.index()));
    for (Instruction i : s.instructions()) {
      instruction(i, scope);
    }
    stageScopes.add(scope);
  }

  /** The earlier stage a {@code FROM $VAR} names once expanded with the global ARGs. */
  private Stage expandedParent(Stage s) {
    if (globalValues == null) {
      // Global ARG values as the build computes them without --build-arg: each default
      // expanded with the ARGs before it (the platform ARGs have host values; no stage is named
      // after them).
      globalValues = new HashMap<>();
      ShellLexer lexer = ShellLexer.of(dockerfile.escape());
      for (Arg arg : dockerfile.globalArgs()) {
        for (ArgDeclaration d : arg.declarations()) {
          String value = null;
          if (d.defaultValue().isPresent()) {
            try {
              value =
                  lexer
                      .processWord(d.defaultValue().get().value(), VariableLookup.of(globalValues))
                      .result();
            } catch (ExpansionException e) {
              value = null;
            }
          }
          if (value == null) {
            globalValues.remove(d.name().value());
          } else {
            globalValues.put(d.name().value(), value);
          }
        }
      }
    }
    String image;
    try {
      image =
          ShellLexer.of(dockerfile.escape())
              .processWord(s.base().value(), VariableLookup.of(globalValues))
              .result()
              .toLowerCase(Locale.ROOT);
    } catch (ExpansionException e) {
      return null;
    }
    for (int i = s.index() - 1; i >= 0; i--) {
      Stage earlier = dockerfile.stages().get(i);
      if (earlier.name().map(image::equals).orElse(false)) {
        return earlier;
      }
    }
    return null;
  }

  private void instruction(Instruction instruction, Map<String, Def> scope) {
    if (instruction instanceof Arg arg) {
      declare(arg, scope, false);
    } else if (instruction instanceof Env env) {
      for (KeyValue kv : env.pairs()) {
        uses(env.syntax(), kv.value(), scope, Visibility.BUILD);
      }
      for (KeyValue kv : env.pairs()) {
        define(env.syntax(), kv.key(), scope, false, null);
      }
    } else if (instruction instanceof Label label) {
      for (KeyValue kv : label.pairs()) {
        uses(label.syntax(), kv.key(), scope, Visibility.BUILD);
        uses(label.syntax(), kv.value(), scope, Visibility.BUILD);
      }
    } else if (instruction instanceof Copy copy) {
      flags(instruction, scope);
      copy.copyFlags().from().ifPresent(this::stageFlag);
      words(copy.syntax(), copy.sources(), scope);
      uses(copy.syntax(), copy.destination(), scope, Visibility.BUILD);
      heredocBodies(instruction, scope, false);
    } else if (instruction instanceof Add add) {
      flags(instruction, scope);
      words(add.syntax(), add.sources(), scope);
      uses(add.syntax(), add.destination(), scope, Visibility.BUILD);
      heredocBodies(instruction, scope, false);
    } else if (instruction instanceof Run run) {
      flags(instruction, scope);
      for (Flag f : run.flags()) {
        if (f.name().equalsIgnoreCase("mount")) {
          mountFrom(f);
        }
      }
      script(run.command(), scope, Visibility.RUN);
      // RUN <<EOF: the body is the script the shell runs; otherwise a heredoc fed to a command.
      boolean bodyIsScript =
          run.command() instanceof ShellForm form
              && HEREDOC_SCRIPT.matcher(form.text()).lookingAt();
      heredocBodies(instruction, scope, bodyIsScript);
    } else if (instruction instanceof Cmd cmd) {
      script(cmd.command(), scope, Visibility.CONTAINER);
    } else if (instruction instanceof Entrypoint e) {
      script(e.command(), scope, Visibility.CONTAINER);
    } else if (instruction instanceof Healthcheck h) {
      h.command().ifPresent(c -> script(c, scope, Visibility.CONTAINER));
    } else if (instruction instanceof Expose expose) {
      words(expose.syntax(), expose.ports(), scope);
    } else if (instruction instanceof User user) {
      uses(user.syntax(), user.user(), scope, Visibility.BUILD);
    } else if (instruction instanceof Workdir w) {
      uses(w.syntax(), w.path(), scope, Visibility.BUILD);
    } else if (instruction instanceof Volume v) {
      words(v.syntax(), v.volumes(), scope);
    } else if (instruction instanceof Stopsignal s) {
      uses(s.syntax(), s.signal(), scope, Visibility.BUILD);
    }
    // FROM is handled by stage(); ONBUILD triggers run in another build; MAINTAINER, SHELL and
    // unknown instructions expand nothing.
  }

  private void words(InstructionSyntax syntax, List<Word> words, Map<String, Def> scope) {
    for (Word w : words) {
      uses(syntax, w, scope, Visibility.BUILD);
    }
  }

  /** Where a use is evaluated: what it can see. */
  private enum Visibility {
    /** Expanded by the builder: ARG and ENV. */
    BUILD,
    /** Expanded by RUN's shell: ARG and ENV are in its environment, and proxy ARGs. */
    RUN,
    /** Expanded in the running container: only ENV. */
    CONTAINER
  }

  private void declare(Arg arg, Map<String, Def> scope, boolean global) {
    for (ArgDeclaration d : arg.declarations()) {
      d.defaultValue().ifPresent(v -> uses(arg.syntax(), v, scope, Visibility.BUILD));
      Def linkedGlobal =
          !global && d.defaultValue().isEmpty() && !scope.containsKey(d.name().value())
              ? globals.get(d.name().value())
              : null;
      define(arg.syntax(), d.name(), scope, true, linkedGlobal);
    }
  }

  private void define(
      InstructionSyntax syntax, Word name, Map<String, Def> scope, boolean arg, Def linkedGlobal) {
    String n = name.value();
    if (!VARIABLE_NAME.matcher(n).matches()) {
      return;
    }
    Optional<SourceRange> range = WordSpans.of(dockerfile, syntax, name, 0, n.length());
    if (range.isEmpty()) {
      return;
    }
    Def def = new Def(n, range.get(), arg, stageIndex < 0);
    Def previous = scope.get(n);
    if (previous != null) {
      def.parent = previous.root();
    } else if (linkedGlobal != null) {
      def.parent = linkedGlobal.root();
      def.target = linkedGlobal.range;
    }
    // An ENV wins over an ARG of the same name, whatever their order.
    if (!(arg && previous != null && !previous.arg)) {
      scope.put(n, def);
    }
    raw.add(new RawOccurrence(def, stageIndex, def.range, Role.DEFINITION, def.target));
  }

  private void flags(Instruction instruction, Map<String, Def> scope) {
    for (Flag f : instruction.flags()) {
      if (f.hasValue()) {
        uses(instruction.syntax(), WordSpans.value(f), scope, Visibility.BUILD);
      }
    }
  }

  /** Variable uses in a word the builder expands. */
  private void uses(
      InstructionSyntax syntax, Word word, Map<String, Def> scope, Visibility visibility) {
    if (word == null || word.value().indexOf('$') < 0) {
      return;
    }
    for (VariableReference ref : ShellLexer.references(word.value(), dockerfile.escape())) {
      WordSpans.of(dockerfile, syntax, word, ref.nameStart(), ref.nameEnd())
          .ifPresent(r -> use(ref.name(), r, scope, visibility));
    }
  }

  private void script(CommandLine command, Map<String, Def> scope, Visibility visibility) {
    if (!(command instanceof ShellForm form) || form.text().indexOf('$') < 0) {
      return; // exec form runs no shell: nothing expands it
    }
    for (VariableReference ref : scriptLexer.findReferences(form.text())) {
      if (ref.nameEnd() > ref.nameStart()) {
        WordSpans.exact(dockerfile, form.script().range(ref.nameStart(), ref.nameEnd()), ref.name())
            .ifPresent(r -> use(ref.name(), r, scope, visibility));
      }
    }
  }

  private void heredocBodies(Instruction instruction, Map<String, Def> scope, boolean script) {
    for (Heredoc h : instruction.syntax().heredocs()) {
      if (!script && !h.expand()) {
        continue;
      }
      SourceRange body = h.bodyRange();
      String text = dockerfile.text(body);
      if (text.indexOf('$') < 0) {
        continue;
      }
      ShellLexer lexer = script ? scriptLexer : heredocLexer;
      for (VariableReference ref : lexer.findReferences(text)) {
        int s = body.startOffset() + ref.nameStart();
        int e = body.startOffset() + ref.nameEnd();
        use(
            ref.name(),
            dockerfile.lines().range(s, e),
            scope,
            script ? Visibility.RUN : Visibility.BUILD);
      }
    }
  }

  private void use(String name, SourceRange range, Map<String, Def> scope, Visibility v) {
    if (!VARIABLE_NAME.matcher(name).matches()) {
      return; // positional and special parameters ($1, $@) belong to the shell
    }
    Def def = scope.get(name);
    if (def != null && v == Visibility.CONTAINER && def.arg) {
      def = null;
    }
    if (def == null) {
      boolean predefined =
          stageIndex < 0 || scope == globals
              ? SymbolIndex.PLATFORM_ARGS.contains(name)
              : v == Visibility.RUN && ProxyArgs.contains(name);
      unresolved.add(new UnresolvedUse(name, range, stageIndex, predefined));
      return;
    }
    raw.add(new RawOccurrence(def, stageIndex, range, Role.REFERENCE, def.range));
  }

  /** {@code COPY --from=name|index}. */
  private void stageFlag(Flag from) {
    if (from.value() == null) {
      return;
    }
    WordSpans.exact(dockerfile, from.valueRange(), from.value())
        .ifPresent(r -> stageByNameOrIndex(from.value(), r));
  }

  /** {@code RUN --mount=...,from=name,...}: the {@code from} field's value. */
  private void mountFrom(Flag mount) {
    String value = mount.value();
    if (value == null || WordSpans.exact(dockerfile, mount.valueRange(), value).isEmpty()) {
      return;
    }
    int start = 0;
    while (start <= value.length()) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      String field = value.substring(start, end);
      int eq = field.indexOf('=');
      if (eq > 0 && field.substring(0, eq).strip().equalsIgnoreCase("from")) {
        int s = start + eq + 1;
        String v = value.substring(s, end);
        if (!v.isEmpty() && v.equals(v.strip())) {
          int base = mount.valueRange().startOffset();
          stageByNameOrIndex(v, dockerfile.lines().range(base + s, base + end));
        }
      }
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
  }

  private void stageByNameOrIndex(String value, SourceRange range) {
    if (INDEX.matcher(value).matches()) {
      try {
        int i = Integer.parseInt(value);
        if (i < dockerfile.stages().size()) {
          stageReference(dockerfile.stages().get(i), range, Role.INDEX);
        }
      } catch (NumberFormatException tooLong) {
        // not a stage index
      }
      return;
    }
    Optional<Stage> stage = dockerfile.stage(value);
    if (stage.isPresent()) {
      stageReference(stage.get(), range, Role.REFERENCE);
    } else if (value.indexOf('$') < 0) {
      externalNames.add(new ExternalName(value.toLowerCase(Locale.ROOT), range));
    }
  }

  private void stageReference(Stage target, SourceRange range, Role role) {
    Symbol sym = stageSymbols.get(target.index());
    SourceRange to = target.from().stageNameWord().map(Word::range).orElse(target.from().range());
    sym.occurrences.add(new Occurrence(sym, range, role, to));
  }

  private void heredocs(Instruction instruction) {
    for (Heredoc h : instruction.syntax().heredocs()) {
      String name = h.name();
      if (name.isEmpty()) {
        continue;
      }
      String word = dockerfile.text(h.wordRange());
      int lt = word.indexOf("<<");
      int at = lt < 0 ? -1 : word.indexOf(name, lt + 2);
      if (at < 0) {
        continue;
      }
      int base = h.wordRange().startOffset();
      SourceRange opener = dockerfile.lines().range(base + at, base + at + name.length());
      Symbol sym = new Symbol(Kind.HEREDOC, name);
      sym.heredoc = h;
      sym.instruction = instruction;
      sym.occurrences.add(new Occurrence(sym, opener, Role.DEFINITION, opener));
      SourceRange end = h.terminatorRange();
      if (end.length() > 0) {
        String line = dockerfile.text(end);
        int t = line.indexOf(name);
        if (t >= 0 && line.substring(0, t).isBlank()) {
          int s = end.startOffset() + t;
          sym.occurrences.add(
              new Occurrence(
                  sym, dockerfile.lines().range(s, s + name.length()), Role.REFERENCE, opener));
        }
      }
      heredocSymbols.add(sym);
    }
  }
}
