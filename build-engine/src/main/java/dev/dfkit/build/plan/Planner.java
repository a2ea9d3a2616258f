package dev.dfkit.build.plan;

import dev.dfkit.build.graph.ImageOp;
import dev.dfkit.build.graph.ScratchOp;
import dev.dfkit.build.graph.Step;
import dev.dfkit.build.graph.Vertex;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.Suggestions;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.Platform;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableLookup;
import dev.dfkit.parser.source.SourceRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a build: decides which stages the target needs, resolves their base images, runs ONBUILD
 * triggers, and dispatches every instruction into graph vertices and image configuration, with the
 * semantics of BuildKit's Dockerfile frontend ({@code dockerfile2llb}).
 */
public final class Planner {
  private static final String SCRATCH = "scratch";

  private final Dockerfile dockerfile;
  private final BuildRequest request;
  private final ImageResolver resolver;
  private final ShellLexer lexer;
  private final Platform targetPlatform;
  private final Platform buildPlatform;
  private final Map<String, String> globalArgs = new LinkedHashMap<>();
  private final List<StageState> states = new ArrayList<>();
  private final Map<String, StageState> byName = new HashMap<>();
  private final Map<String, StageState> imageSources = new HashMap<>();
  private final Map<String, BaseImage> resolvedImages = new HashMap<>();

  private Planner(Dockerfile dockerfile, BuildRequest request, ImageResolver resolver) {
    this.dockerfile = dockerfile;
    this.request = request;
    this.resolver = resolver;
    this.lexer = ShellLexer.of(dockerfile.escape());
    this.buildPlatform = Platform.host();
    this.targetPlatform = request.platform().orElse(buildPlatform);
  }

  /**
   * Plans the build of {@code request.target()} (or the last stage).
   *
   * @throws PlanException when the Dockerfile cannot be built as written (with its location)
   * @throws IOException when a base image cannot be resolved
   */
  public static BuildPlan plan(Dockerfile dockerfile, BuildRequest request, ImageResolver resolver)
      throws PlanException, IOException {
    return new Planner(dockerfile, request, resolver).plan();
  }

  private BuildPlan plan() throws PlanException, IOException {
    if (dockerfile.stages().isEmpty()) {
      throw new PlanException("dockerfile contains no stages to build", Optional.empty());
    }
    List<Stage> stages = dockerfile.stages();
    String targetName = request.target().orElse(stages.get(stages.size() - 1).name().orElse(""));
    defaultArgs(targetName);
    metaArgs();
    for (Stage stage : stages) {
      addStage(stage);
    }
    StageState target = target();
    for (StageState s : List.copyOf(states)) {
      collectCommands(s);
    }
    if (states.size() == 1) {
      states.get(0).displayName = "";
    }
    Set<StageState> reachable = resolveStages(target);
    // Images named by COPY --from come first: they depend on nothing.
    for (StageState s : states) {
      if (reachable.contains(s) && s.isImageOnly()) {
        dispatch(s);
      }
    }
    for (StageState s : states) {
      if (reachable.contains(s) && !s.dispatched) {
        dispatch(s);
      }
    }
    finishTarget(target);
    List<BuildPlan.StagePlan> planned = new ArrayList<>();
    for (StageState s : states) {
      if (s.dispatched && !s.isImageOnly()) {
        planned.add(stagePlan(s));
      }
    }
    return new BuildPlan(stagePlan(target), planned, Map.copyOf(globalArgs));
  }

  // --- global arguments ---------------------------------------------------------------------

  /** The automatic platform ARGs (BuildKit's {@code defaultArgs}), overridable by build args. */
  private void defaultArgs(String targetName) {
    String[][] defaults = {
      {"BUILDPLATFORM", buildPlatform.format()},
      {"BUILDOS", buildPlatform.os()},
      {"BUILDOSVERSION", ""},
      {"BUILDARCH", buildPlatform.architecture()},
      {"BUILDVARIANT", buildPlatform.variant()},
      {"TARGETPLATFORM", targetPlatform.format()},
      {"TARGETOS", targetPlatform.os()},
      {"TARGETOSVERSION", ""},
      {"TARGETARCH", targetPlatform.architecture()},
      {"TARGETVARIANT", targetPlatform.variant()},
      {"TARGETSTAGE", targetName.isEmpty() ? "default" : targetName},
    };
    for (String[] kv : defaults) {
      globalArgs.put(kv[0], request.buildArgs().getOrDefault(kv[0], kv[1]));
    }
  }

  /** ARGs before the first FROM (BuildKit's {@code buildMetaArgs}). */
  private void metaArgs() throws PlanException {
    for (Arg arg : dockerfile.globalArgs()) {
      for (ArgDeclaration d : arg.declarations()) {
        String name = d.name().value();
        String value = request.buildArgs().get(name);
        if (value == null && d.defaultValue().isPresent()) {
          value = expand(d.defaultValue().get().value(), VariableLookup.of(globalArgs), arg);
        }
        if (value != null) {
          globalArgs.remove(name);
          globalArgs.put(name, value);
        }
      }
    }
  }

  // --- stages -------------------------------------------------------------------------------

  private void addStage(Stage stage) throws PlanException {
    From from = stage.from();
    String baseName = expand(from.image().value(), VariableLookup.of(globalArgs), from);
    if (baseName.isEmpty()) {
      throw new PlanException(
          "base name (" + from.image().value() + ") should not be blank", from.range());
    }
    Platform platform = null;
    Optional<Flag> platformFlag = from.fromFlags().platform();
    if (platformFlag.isPresent()) {
      String text = expand(platformFlag.get().value(), VariableLookup.of(globalArgs), from);
      if (text.isEmpty()) {
        throw new PlanException(
            "empty platform value from expression " + platformFlag.get().value(), from.range());
      }
      platform =
          Platform.parse(text)
              .orElseThrow(
                  () ->
                      new PlanException(
                          "failed to parse platform " + platformFlag.get().value(), from.range()));
    }
    String name = stage.name().map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
    StageState state = new StageState(stage, states.size(), name, baseName, from.range(), platform);
    state.explicitPlatform = platform != null;
    state.displayName = name.isEmpty() ? "stage-" + stage.index() : name;
    StageState base = byName.get(baseName);
    if (base != null) {
      state.base = base;
      state.deps.add(base);
    }
    states.add(state);
    if (!name.isEmpty()) {
      byName.put(name, state);
    }
  }

  private StageState target() throws PlanException {
    if (request.target().isEmpty()) {
      return states.get(states.size() - 1);
    }
    String wanted = request.target().get();
    StageState s = byName.get(wanted.toLowerCase(Locale.ROOT));
    if (s == null) {
      throw new PlanException(
          Suggestions.withSuggestion(
              "target stage \"" + wanted + "\" could not be found", wanted, byName.keySet(), true),
          Optional.empty());
    }
    return s;
  }

  /** The stage's own instructions, with the stages their COPY --from reads. */
  private void collectCommands(StageState s) throws PlanException {
    if (s.isImageOnly()) {
      return;
    }
    for (Instruction instruction : s.stage.instructions()) {
      s.commands.add(command(s, instruction, false));
    }
  }

  private StageState.Command command(StageState s, Instruction instruction, boolean onBuild)
      throws PlanException {
    StageState source = null;
    if (instruction instanceof Copy copy && copy.copyFlags().from().isPresent()) {
      source = sourceStage(copy.copyFlags().from().get(), instruction.range());
      s.deps.add(source);
    }
    if (instruction instanceof Run run) {
      for (Mount mount : run.runFlags().mounts()) {
        if (mount.from().isPresent()) {
          s.deps.add(sourceStage(mount.from().get(), instruction.range()));
        }
      }
    }
    return new StageState.Command(instruction, source, onBuild);
  }

  /** What {@code --from=NAME} names: a stage by name or index, else an image. */
  private StageState sourceStage(Flag from, SourceRange at) throws PlanException {
    return sourceStage(from.value(), at);
  }

  private StageState sourceStage(String from, SourceRange at) throws PlanException {
    String expanded = expand(from, VariableLookup.EMPTY, at);
    if (!expanded.equals(from)) {
      throw new PlanException(
          "variable expansion is not supported for --from, define a new stage with FROM using"
              + " ARG from global scope as a workaround",
          at);
    }
    if (from.matches("-?[0-9]+")) {
      int index;
      try {
        index = Integer.parseInt(from);
      } catch (NumberFormatException e) {
        index = -1;
      }
      if (index < 0 || index >= states.size() || states.get(index).isImageOnly()) {
        throw new PlanException("invalid stage index " + from, at);
      }
      return states.get(index);
    }
    StageState named = byName.get(from.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    StageState image = imageSources.get(from);
    if (image == null) {
      image = new StageState(null, states.size(), "", from, at, null);
      image.displayName = "stage-" + states.size();
      imageSources.put(from, image);
      states.add(image);
    }
    return image;
  }

  /**
   * Resolves the base images of every stage the target needs, running ONBUILD triggers, which may
   * need more stages (BuildKit's {@code resolveStages}).
   */
  private Set<StageState> resolveStages(StageState target) throws PlanException, IOException {
    while (true) {
      Set<StageState> reachable = reachableFrom(target);
      for (StageState s : List.copyOf(states)) {
        if (reachable.contains(s) && s.base == null && !s.resolved) {
          resolveBase(s);
        }
      }
      boolean newDeps = false;
      for (StageState s : List.copyOf(states)) {
        if (reachable.contains(s) && !s.onBuildInitialised) {
          newDeps |= initOnBuild(s);
        }
      }
      if (!newDeps) {
        return reachable;
      }
    }
  }

  private static Set<StageState> reachableFrom(StageState target) {
    Set<StageState> seen = new LinkedHashSet<>();
    List<StageState> todo = new ArrayList<>(List.of(target));
    while (!todo.isEmpty()) {
      StageState s = todo.remove(todo.size() - 1);
      if (seen.add(s)) {
        todo.addAll(s.deps);
      }
    }
    return seen;
  }

  private void resolveBase(StageState s) throws PlanException, IOException {
    s.resolved = true;
    Platform platform = s.platform != null ? s.platform : targetPlatform;
    if (s.baseName.equals(SCRATCH)) {
      s.scratch = true;
      s.platform = platform;
      return;
    }
    Optional<ImageReference> ref = ImageReference.parse(s.baseName);
    if (ref.isEmpty()) {
      throw new PlanException(
          "failed to parse stage name \"" + s.baseName + "\": invalid reference format",
          s.location);
    }
    String canonical = ref.get().canonical();
    String key = canonical + " " + platform.format();
    BaseImage image = resolvedImages.get(key);
    if (image == null) {
      try {
        image = resolver.resolve(canonical, platform);
      } catch (IOException e) {
        List<String> names = new ArrayList<>(byName.keySet());
        throw new PlanException(
            Suggestions.withSuggestion(s.baseName + ": " + e.getMessage(), s.baseName, names, true),
            s.location);
      }
      resolvedImages.put(key, image);
    }
    s.image = image;
    s.platform = platform;
    List<String> diffIds =
        image.config().rootfs() == null ? null : image.config().rootfs().diffIds();
    if ((diffIds == null || diffIds.isEmpty()) && image.layers().isEmpty()) {
      s.scratch = true;
    }
  }

  /**
   * Prepends ONBUILD triggers: the base image's, or a base stage's own ONBUILD instructions.
   *
   * @return whether a trigger added a stage dependency
   */
  private boolean initOnBuild(StageState s) throws PlanException {
    s.onBuildInitialised = true;
    if (s.isImageOnly()) {
      return false;
    }
    List<String> triggers = new ArrayList<>();
    if (s.base != null) {
      for (StageState.Command c : s.base.commands) {
        if (c.instruction() instanceof Onbuild ob && ob.trigger().isPresent()) {
          triggers.add(ob.trigger().get().syntax().line().text());
        }
      }
    } else if (s.image != null && s.image.config().config() != null) {
      List<String> fromImage = s.image.config().config().onBuild();
      if (fromImage != null) {
        triggers.addAll(fromImage);
      }
    }
    if (triggers.isEmpty()) {
      return false;
    }
    boolean newDeps = false;
    List<StageState.Command> parsed = new ArrayList<>();
    for (String trigger : triggers) {
      // A trigger is parsed as the one instruction of a stage, so stage rules hold for it.
      ParseResult result = DockerfileParser.parse("FROM scratch\n" + trigger, "ONBUILD trigger");
      Optional<Diagnostic> error =
          result.diagnostics().stream().filter(Diagnostic::isError).findFirst();
      if (error.isPresent()) {
        throw new PlanException(
            "invalid ONBUILD trigger \"" + trigger + "\": " + error.get().message(), s.location);
      }
      List<Instruction> parsedTrigger = result.dockerfile().stages().get(0).instructions();
      if (parsedTrigger.size() != 1) {
        throw new PlanException("onbuild trigger should be a single expression", s.location);
      }
      Instruction instruction = parsedTrigger.get(0);
      int before = s.deps.size();
      parsed.add(command(s, instruction, true));
      newDeps |= s.deps.size() > before;
    }
    s.commands.addAll(0, parsed);
    return newDeps;
  }

  // --- dispatch -----------------------------------------------------------------------------

  private void dispatch(StageState s) throws PlanException {
    s.dispatched = true;
    if (s.base != null) {
      StageState base = s.base;
      s.vertex = base.vertex;
      s.platform = base.platform;
      s.config = base.config.copy();
      s.config.onBuild.clear();
      s.env.putAll(base.env);
      s.buildArgs.addAll(base.buildArgs);
    } else if (s.scratch) {
      s.config = s.image != null ? StageImage.of(s.image.config()) : StageImage.empty(s.platform);
      s.config.onBuild.clear();
      s.vertex = new Vertex(new ScratchOp(), List.of(), step(s, "FROM scratch", s.location));
    } else {
      s.config = StageImage.of(s.image.config());
      s.config.onBuild.clear();
    }
    countSteps(s);
    if (s.base == null && !s.scratch) {
      String name = prefixed(s, "FROM " + s.image.reference(), false);
      s.vertex =
          new Vertex(
              new ImageOp(s.image.reference(), s.image.manifest(), s.image.layers()),
              List.of(),
              new Step(name, Optional.ofNullable(s.location), false));
    }
    if (s.base == null) {
      if (s.config.env.stream().noneMatch(e -> e.startsWith("PATH="))) {
        s.config.env.add("PATH=" + dev.dfkit.parser.semantic.BuildVariables.DEFAULT_PATH);
      }
      for (String e : s.config.env) {
        int eq = e.indexOf('=');
        s.env.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
      }
    }
    if (s.isImageOnly()) {
      return;
    }
    InstructionDispatcher dispatcher =
        new InstructionDispatcher(s, lexer, globalArgs, request, this::prefixed, byName.keySet());
    for (StageState.Command c : s.commands) {
      dispatcher.dispatch(c);
    }
  }

  /** How many numbered steps the stage shows (BuildKit's {@code cmdTotal}). */
  private static void countSteps(StageState s) {
    int total = s.base == null && !s.scratch ? 1 : 0;
    for (StageState.Command c : s.commands) {
      String keyword = c.instruction().syntax().keyword().canonical();
      if (c.onBuild()
          || keyword.equals("ADD")
          || keyword.equals("COPY")
          || keyword.equals("RUN")
          || keyword.equals("WORKDIR")) {
        total++;
      }
    }
    s.cmdTotal = total;
  }

  /** BuildKit's step names: {@code [stage 2/5] RUN make}, numbered within the stage. */
  String prefixed(StageState s, String text, boolean onBuild) {
    if (s.cmdTotal == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder("[");
    if (!s.displayName.isEmpty()) {
      out.append(s.displayName).append(' ');
    }
    s.cmdIndex++;
    int width = 1 + (int) Math.log10(s.cmdTotal);
    out.append(String.format("%" + width + "d/%d] ", s.cmdIndex, s.cmdTotal));
    if (onBuild) {
      out.append("ONBUILD ");
    }
    return out.append(text).toString();
  }

  private Step step(StageState s, String name, SourceRange at) {
    return new Step(name, Optional.ofNullable(at), request.noCache());
  }

  private void finishTarget(StageState target) {
    target.config.labels.putAll(new java.util.TreeMap<>(request.labels()));
    if (request.platform().isPresent()) {
      Platform p = request.platform().get();
      boolean sameOsArch =
          p.os().equals(target.config.os) && p.architecture().equals(target.config.architecture);
      target.config.os = p.os();
      target.config.architecture = p.architecture();
      if (!p.variant().isEmpty() || !sameOsArch) {
        target.config.variant = p.variant().isEmpty() ? null : p.variant();
      }
    }
  }

  private static BuildPlan.StagePlan stagePlan(StageState s) {
    return new BuildPlan.StagePlan(
        s.name, s.stage.index(), s.vertex, s.config.toConfig(), s.platform);
  }

  private String expand(String word, VariableLookup env, Instruction at) throws PlanException {
    return expand(word, env, at.range());
  }

  private String expand(String word, VariableLookup env, SourceRange at) throws PlanException {
    try {
      return lexer.processWord(word, env).result();
    } catch (ExpansionException e) {
      throw new PlanException(e.getMessage(), at);
    }
  }
}
