package dev.dfkit.parser.semantic;

import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.shell.Expansion;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableLookup;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables visible at each point of a Dockerfile, with BuildKit's rules:
 *
 * <ul>
 *   <li>the predefined platform ARGs ({@code BUILDPLATFORM}, {@code TARGETOS}, ...) and the ARGs
 *       before the first FROM form the global scope, used to expand FROM lines;
 *   <li>inside a stage only what the stage declares is visible: {@code ARG NAME} without a default
 *       takes the global value of NAME; ARG and ENV values are expanded with the scope before them,
 *       and all words of one ENV with the scope before that ENV;
 *   <li>a stage built FROM an earlier stage starts with that stage's variables; a stage FROM an
 *       image starts with the image's ENV, which is not known without pulling it ({@link
 *       VariableScope#baseImageUnknown()}); {@code FROM scratch} starts empty.
 * </ul>
 *
 * Build arguments ({@code --build-arg}) replace declared values.
 */
public final class BuildVariables {

  /** The PATH BuildKit gives a Linux image that sets none. */
  public static final String DEFAULT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private final VariableScope global;
  private final Map<Instruction, VariableScope> before = new IdentityHashMap<>();
  private final Map<ArgDeclaration, VariableScope> beforeDeclaration = new IdentityHashMap<>();
  private final Map<Stage, StageBase> bases = new IdentityHashMap<>();
  private final Map<Stage, VariableScope> after = new IdentityHashMap<>();
  private final List<ExpandedWord> failures = new ArrayList<>();
  private final ShellLexer lexer;
  private final BuildOptions options;

  // What a later analysis of an edited version compares with to take over the top of this one.
  private final List<Arg> globalArgs;
  private final List<Stage> stages;
  private final String targetStage;
  private final char escape;

  /** How many failures there were after the global ARGs, and after each stage. */
  private final int[] failuresAfter;

  private BuildVariables(Dockerfile dockerfile, BuildOptions options, BuildVariables earlier) {
    this.options = options;
    this.lexer = ShellLexer.of(dockerfile.escape());
    this.escape = dockerfile.escape();
    this.globalArgs = dockerfile.globalArgs();
    this.stages = dockerfile.stages();
    this.targetStage = targetStage(dockerfile);
    this.failuresAfter = new int[stages.size() + 1];
    boolean reuse =
        earlier != null
            && earlier.options.equals(options)
            && earlier.escape == escape
            && earlier.targetStage.equals(targetStage)
            && sameObjects(earlier.globalArgs, globalArgs);
    if (reuse) {
      this.global = earlier.global;
      for (Arg arg : globalArgs) {
        takeOver(earlier, arg);
      }
      failures.addAll(earlier.failures.subList(0, earlier.failuresAfter[0]));
    } else {
      VariableScope scope = predefined();
      for (Arg arg : globalArgs) {
        before.put(arg, scope);
        scope = declare(arg, scope, scope, VariableKind.GLOBAL_ARG);
      }
      this.global = scope;
    }
    failuresAfter[0] = failures.size();
    for (Stage stage : stages) {
      // A stage is taken over while every stage above it was: its parent, found by name among
      // them, and the scope it starts from are then the same too.
      reuse =
          reuse
              && stage.index() < earlier.stages.size()
              && sameStage(earlier.stages.get(stage.index()), stage);
      if (reuse) {
        takeOver(earlier, earlier.stages.get(stage.index()), stage);
      } else {
        analyzeStage(stage);
      }
      failuresAfter[stage.index() + 1] = failures.size();
    }
  }

  public static BuildVariables analyze(Dockerfile dockerfile, BuildOptions options) {
    return new BuildVariables(dockerfile, options, null);
  }

  public static BuildVariables analyze(Dockerfile dockerfile) {
    return analyze(dockerfile, BuildOptions.defaults());
  }

  /**
   * The same as {@link #analyze(Dockerfile)}, taking over from {@code earlier} (an analysis of an
   * earlier version of the file) the global ARGs and the stages at the top that are the very same
   * instruction objects (an editor's re-parse takes over the instructions above an edit).
   */
  public static BuildVariables analyze(Dockerfile dockerfile, BuildVariables earlier) {
    return new BuildVariables(dockerfile, BuildOptions.defaults(), earlier);
  }

  private static boolean sameObjects(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameStage(Stage a, Stage b) {
    return a.from() == b.from() && sameObjects(a.instructions(), b.instructions());
  }

  private void takeOver(BuildVariables earlier, Instruction i) {
    before.put(i, earlier.before.get(i));
    if (i instanceof Arg arg) {
      for (ArgDeclaration d : arg.declarations()) {
        beforeDeclaration.put(d, earlier.beforeDeclaration.get(d));
      }
    }
  }

  private void takeOver(BuildVariables earlier, Stage was, Stage stage) {
    StageBase base = earlier.bases.get(was);
    Optional<Stage> parent = base.parent().map(p -> stages.get(p.index()));
    bases.put(stage, new StageBase(base.image(), base.platform(), parent));
    takeOver(earlier, stage.from());
    for (Instruction i : stage.instructions()) {
      takeOver(earlier, i);
    }
    after.put(stage, earlier.after.get(was));
    failures.addAll(
        earlier.failures.subList(
            earlier.failuresAfter[was.index()], earlier.failuresAfter[was.index() + 1]));
  }

  /** The global scope after every global ARG: what FROM lines expand with. */
  public VariableScope global() {
    return global;
  }

  /**
   * The scope an instruction's words are expanded with. For a global ARG, the global scope before
   * it; for a FROM, the global scope; for the others, their stage's scope before them.
   */
  public VariableScope before(Instruction instruction) {
    VariableScope s = before.get(instruction);
    return s != null ? s : global;
  }

  /**
   * The scope one name of an ARG is expanded with: later names of the same ARG see the earlier ones
   * ({@code ARG A=1 B=$A}).
   */
  public VariableScope before(ArgDeclaration declaration) {
    VariableScope s = beforeDeclaration.get(declaration);
    return s != null ? s : global;
  }

  /** The stage's variables after its last instruction (what a stage built FROM it starts with). */
  public VariableScope after(Stage stage) {
    return after.getOrDefault(stage, VariableScope.EMPTY);
  }

  /** How the stage's FROM resolves. */
  public StageBase base(Stage stage) {
    return bases.get(stage);
  }

  /** Words whose expansion failed (BuildKit fails the build on them), in file order. */
  public List<ExpandedWord> failures() {
    return List.copyOf(failures);
  }

  /** Expands a word with a scope, recording the variables it used. */
  public ExpandedWord expand(Word word, VariableLookup scope) {
    try {
      Expansion e = lexer.processWord(word.value(), scope);
      return new ExpandedWord(
          word, Optional.of(e.result()), e.matched(), e.unmatched(), Optional.empty());
    } catch (ExpansionException e) {
      return new ExpandedWord(
          word, Optional.empty(), Set.of(), Set.of(), Optional.of(e.getMessage()));
    }
  }

  /** TARGETSTAGE's default: the last stage's name. */
  private String targetStage(Dockerfile dockerfile) {
    return options
        .target()
        .orElseGet(
            () ->
                dockerfile.stages().isEmpty()
                    ? "default"
                    : dockerfile
                        .stages()
                        .get(dockerfile.stages().size() - 1)
                        .name()
                        .orElse("default"));
  }

  private VariableScope predefined() {
    Platform build = options.buildPlatform();
    Platform target = options.targetPlatform();
    String[][] defaults = {
      {"BUILDPLATFORM", build.format()},
      {"BUILDOS", build.os()},
      {"BUILDOSVERSION", ""},
      {"BUILDARCH", build.architecture()},
      {"BUILDVARIANT", build.variant()},
      {"TARGETPLATFORM", target.format()},
      {"TARGETOS", target.os()},
      {"TARGETOSVERSION", ""},
      {"TARGETARCH", target.architecture()},
      {"TARGETVARIANT", target.variant()},
      {"TARGETSTAGE", targetStage},
    };
    VariableScope scope = VariableScope.EMPTY;
    for (String[] kv : defaults) {
      String value = options.buildArgs().getOrDefault(kv[0], kv[1]);
      scope = scope.with(new Variable(kv[0], value, VariableKind.PREDEFINED, Optional.empty()));
    }
    return scope;
  }

  private void analyzeStage(Stage stage) {
    ExpandedWord image = record(expand(stage.from().image(), global));
    Optional<ExpandedWord> platform =
        stage
            .from()
            .fromFlags()
            .platform()
            .map(f -> record(expand(new Word(f.value(), f.valueRange()), global)));
    Optional<Stage> parent = Optional.empty();
    if (image.value().isPresent()) {
      for (Stage earlier : stages.subList(0, stage.index())) {
        if (earlier.name().map(n -> n.equals(image.value().get())).orElse(false)) {
          parent = Optional.of(earlier);
        }
      }
    }
    bases.put(stage, new StageBase(image, platform, parent));
    before.put(stage.from(), global);
    VariableScope scope;
    if (parent.isPresent()) {
      scope = after(parent.get());
    } else {
      // BuildKit sets the default PATH when the image has none (scratch, or an image we cannot
      // see: nearly all have this one).
      boolean scratch = image.value().map("scratch"::equals).orElse(false);
      scope =
          VariableScope.EMPTY
              .with(new Variable("PATH", DEFAULT_PATH, VariableKind.PREDEFINED, Optional.empty()))
              .withBaseImageUnknown(!scratch);
    }
    for (Instruction i : stage.instructions()) {
      before.put(i, scope);
      if (i instanceof Arg arg) {
        scope = declare(arg, scope, global, VariableKind.ARG);
      } else if (i instanceof Env env) {
        scope = setEnv(env, scope);
      }
    }
    after.put(stage, scope);
  }

  /**
   * Applies an ARG: each name gets its build argument, its expanded default, or (in a stage) the
   * global value.
   */
  private VariableScope declare(
      Arg arg, VariableScope scope, VariableScope globals, VariableKind kind) {
    for (ArgDeclaration d : arg.declarations()) {
      beforeDeclaration.put(d, scope);
      String name = d.name().value();
      String value;
      if (options.buildArgs().containsKey(name)) {
        value = options.buildArgs().get(name);
      } else if (d.defaultValue().isPresent()) {
        ExpandedWord e = record(expand(d.defaultValue().get(), scope));
        value = e.value().orElse(null);
      } else if (kind == VariableKind.ARG) {
        value = globals.get(name);
      } else {
        value = null;
      }
      scope = scope.with(new Variable(name, value, kind, Optional.of(d.range())));
    }
    return scope;
  }

  /** Applies an ENV: every value is expanded with the scope before the instruction. */
  private VariableScope setEnv(Env env, VariableScope scope) {
    VariableScope expandWith = scope;
    for (KeyValue kv : env.pairs()) {
      ExpandedWord e = record(expand(kv.value(), expandWith));
      scope =
          scope.with(
              new Variable(
                  kv.key().value(),
                  e.value().orElse(""),
                  VariableKind.ENV,
                  Optional.of(kv.range())));
    }
    return scope;
  }

  private ExpandedWord record(ExpandedWord e) {
    if (e.error().isPresent()) {
      failures.add(e);
    }
    return e;
  }
}
