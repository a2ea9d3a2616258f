package dev.dfkit.build.plan;

import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.InlineFile;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.graph.Step;
import dev.dfkit.build.graph.Vertex;
import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.HealthcheckFlags;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Maintainer;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stopsignal;
import dev.dfkit.parser.ast.User;
import dev.dfkit.parser.ast.Volume;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.ast.Workdir;
import dev.dfkit.parser.semantic.ProxyArgs;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableLookup;
import dev.dfkit.parser.source.SourceRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one stage's instructions in order: metadata instructions change the image configuration
 * and add a history entry; RUN, COPY, ADD and WORKDIR add a vertex. Words are expanded against the
 * stage's environment as it is before the instruction, as BuildKit does.
 */
final class InstructionDispatcher {
  /** Names steps ({@link Planner#prefixed}); counts them as a side effect. */
  interface StepNamer {
    String name(StageState s, String text, boolean onBuild);
  }

  private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  private final StageState s;
  private final ShellLexer lexer;
  private final Map<String, String> globalArgs;
  private final BuildRequest request;
  private final StepNamer namer;
  private final Collection<String> stageNames;
  private SourceRange location;
  private boolean onBuild;

  InstructionDispatcher(
      StageState s,
      ShellLexer lexer,
      Map<String, String> globalArgs,
      BuildRequest request,
      StepNamer namer,
      Collection<String> stageNames) {
    this.s = s;
    this.lexer = lexer;
    this.globalArgs = globalArgs;
    this.request = request;
    this.namer = namer;
    this.stageNames = stageNames;
  }

  void dispatch(StageState.Command c) throws PlanException {
    Instruction i = c.instruction();
    onBuild = c.onBuild();
    // ONBUILD triggers come from the base image, so they are located at the stage's FROM.
    location = onBuild ? s.location : i.range();
    if (i instanceof Env env) {
      env(env);
    } else if (i instanceof Arg arg) {
      arg(arg);
    } else if (i instanceof Label label) {
      label(label);
    } else if (i instanceof Run run) {
      run(run);
    } else if (i instanceof Copy || i instanceof Add) {
      new CopyDispatcher(this).dispatch(i, c.source());
    } else if (i instanceof Workdir workdir) {
      workdir(workdir);
    } else if (i instanceof User user) {
      String u = expand(user.user().value());
      s.config.user = u;
      s.config.commit("USER " + u, false);
    } else if (i instanceof Expose expose) {
      expose(expose);
    } else if (i instanceof Volume volume) {
      volume(volume);
    } else if (i instanceof Stopsignal stop) {
      String signal = expand(stop.signal().value());
      if (!StopSignals.isValid(signal)) {
        throw fail("Invalid signal: " + signal);
      }
      s.config.stopSignal = signal;
      s.config.commit("STOPSIGNAL " + signal, false);
    } else if (i instanceof Shell shell) {
      List<String> words = shell.shell().stream().map(Word::value).toList();
      s.config.shell = words;
      s.config.commit("SHELL " + HistoryText.plainList(words), false);
    } else if (i instanceof Cmd cmd) {
      List<String> args = commandArgs(cmd.command());
      s.config.cmd = args;
      s.config.argsEscaped = true;
      s.cmdSet = true;
      s.config.commit("CMD " + HistoryText.quotedList(args), false);
    } else if (i instanceof Entrypoint entrypoint) {
      List<String> args = commandArgs(entrypoint.command());
      s.config.entrypoint = args;
      if (!s.cmdSet) {
        s.config.cmd = null;
      }
      s.config.commit("ENTRYPOINT " + HistoryText.quotedList(args), false);
    } else if (i instanceof Healthcheck hc) {
      healthcheck(hc);
    } else if (i instanceof Maintainer m) {
      s.config.author = m.maintainer().value();
      s.config.commit("MAINTAINER " + m.maintainer().value(), false);
    } else if (i instanceof Onbuild ob) {
      ob.trigger().ifPresent(t -> s.config.onBuild.add(t.syntax().line().text()));
    } else {
      throw fail(
          "unknown instruction: " + i.syntax().keyword().text() + " (dfbuild cannot build it)");
    }
  }

  // --- metadata ------------------------------------------------------------------------------

  private void env(Env env) throws PlanException {
    VariableLookup before = lookup();
    StringBuilder history = new StringBuilder("ENV");
    for (KeyValue kv : env.pairs()) {
      String key = expand(kv.key().value(), before);
      String value = expand(kv.value().value(), before);
      s.env.put(key, value);
      s.config.setEnv(key, value);
      history.append(' ').append(key).append('=').append(value);
    }
    s.config.commit(history.toString(), false);
  }

  private void label(Label label) throws PlanException {
    VariableLookup before = lookup();
    StringBuilder history = new StringBuilder("LABEL");
    for (KeyValue kv : label.pairs()) {
      String key = expand(kv.key().value(), before);
      String value = expand(kv.value().value(), before);
      s.config.labels.put(key, value);
      history.append(' ').append(key).append('=').append(value);
    }
    s.config.commit(history.toString(), false);
  }

  /** BuildKit's {@code dispatchArg}: build arg, else default, else the global value. */
  private void arg(Arg arg) throws PlanException {
    List<String> commit = new ArrayList<>();
    for (ArgDeclaration d : arg.declarations()) {
      String name = d.name().value();
      String value;
      if (request.buildArgs().containsKey(name)) {
        value = request.buildArgs().get(name);
      } else if (d.defaultValue().isPresent()) {
        value = expand(d.defaultValue().get().value());
      } else {
        value = globalArgs.get(name);
      }
      if (value != null) {
        s.env.put(name, value);
      }
      s.buildArgs.add(new StageState.DeclaredArg(name, value));
      commit.add(value == null ? name : name + "=" + value);
    }
    s.config.commit("ARG " + String.join(" ", commit), false);
  }

  private void expose(Expose expose) throws PlanException {
    List<String> keys = new ArrayList<>();
    for (Word port : expose.ports()) {
      List<String> words;
      try {
        words = lexer.processWords(port.value(), lookup());
      } catch (ExpansionException e) {
        throw fail(e.getMessage());
      }
      for (String w : words) {
        try {
          keys.addAll(ExposedPorts.parse(w));
        } catch (IllegalArgumentException e) {
          throw fail(e.getMessage());
        }
      }
    }
    for (String k : keys) {
      s.config.exposedPorts.put(k, Map.of());
    }
    s.config.commit("EXPOSE " + HistoryText.plainList(keys), false);
  }

  private void volume(Volume volume) throws PlanException {
    List<String> paths = new ArrayList<>();
    for (Word w : volume.volumes()) {
      String v = expand(w.value());
      if (v.isEmpty()) {
        throw fail("VOLUME specified can not be an empty string");
      }
      paths.add(v);
      s.config.volumes.put(v, Map.of());
    }
    s.config.commit("VOLUME " + HistoryText.plainList(paths), false);
  }

  private void healthcheck(Healthcheck hc) throws PlanException {
    List<String> test;
    if (hc.isNone()) {
      test = List.of("NONE");
    } else {
      CommandLine command = hc.command().orElseThrow(() -> fail("HEALTHCHECK CMD needs a command"));
      test = new ArrayList<>();
      if (command instanceof ExecForm exec) {
        test.add("CMD");
        exec.arguments().forEach(w -> test.add(w.value()));
      } else {
        test.add("CMD-SHELL");
        test.add(((ShellForm) command).text());
      }
    }
    HealthcheckFlags f = hc.healthcheckFlags();
    s.config.healthcheck =
        new ContainerConfig.Healthcheck(
            List.copyOf(test),
            nanos(f.intervalDuration()),
            nanos(f.timeoutDuration()),
            nanos(f.startPeriodDuration()),
            nanos(f.startIntervalDuration()),
            f.retryCount().filter(r -> r != 0).orElse(null));
    s.config.commit("HEALTHCHECK " + HistoryText.healthcheck(s.config.healthcheck), false);
  }

  private static Long nanos(Optional<Duration> d) {
    return d.map(Duration::toNanos).filter(n -> n != 0).orElse(null);
  }

  // --- filesystem steps ---------------------------------------------------------------------

  private void run(Run run) throws PlanException {
    if (!run.runFlags().mounts().isEmpty()) {
      throw fail(
          "RUN --mount is not supported by this version of dfbuild; run the step without it");
    }
    String security = run.runFlags().securityMode();
    if (security.equals("insecure")) {
      throw fail(
          "RUN --security=insecure needs the security.insecure entitlement, which dfbuild does"
              + " not grant");
    }
    String network = run.runFlags().networkMode();
    if (network.equals("default")) {
      network = request.network();
    }
    if (!List.of("default", "none", "host").contains(network)) {
      throw fail("unsupported network mode " + network + " (use default, none or host)");
    }

    List<String> args;
    List<InlineFile> scripts = new ArrayList<>();
    String name = commandText(run);
    List<Heredoc> heredocs = run.syntax().heredocs();
    boolean prependShell = run.command() instanceof ShellForm;
    if (run.command() instanceof ExecForm exec) {
      args = exec.arguments().stream().map(Word::value).toList();
    } else {
      String text = ((ShellForm) run.command()).text();
      if (heredocs.isEmpty()) {
        args = List.of(text);
      } else if (heredocs.size() == 1 && isSingleHeredoc(text)) {
        Heredoc doc = heredocs.get(0);
        String data = doc.effectiveContent();
        if (data.startsWith("#!")) {
          // A script with its own interpreter: mount it as a file and run it.
          scripts.add(new InlineFile(doc.name(), data, 0755));
          args = List.of(ExecOp.SCRIPT_DIR + doc.name());
        } else {
          args = List.of(data);
        }
        name += " (" + summarize(doc.content()) + ")";
      } else {
        StringBuilder script = new StringBuilder(text);
        for (Heredoc doc : heredocs) {
          script.append('\n').append(doc.content()).append(doc.name());
        }
        args = List.of(script.toString());
      }
    }
    if (prependShell) {
      args = withShell(args);
    }
    List<String> env = new ArrayList<>();
    s.env.forEach((k, v) -> env.add(k + "=" + v));
    for (String proxy : ProxyArgs.NAMES) {
      String v = request.buildArgs().get(proxy);
      if (v != null && !s.env.containsKey(proxy)) {
        env.add(proxy + "=" + v);
      }
    }
    String cwd = workdir();
    ExecOp op =
        new ExecOp(
            args, env, cwd, s.config.user == null ? "" : s.config.user, network, security, scripts);
    String display = displayText(name);
    s.vertex = new Vertex(op, List.of(s.vertex), step(display));
    s.config.commit(
        "RUN " + HistoryText.runCommand(args, s.buildArgs, s.env) + " # buildkit", true);
  }

  private static boolean isSingleHeredoc(String text) {
    return text.strip().matches("<<-?(['\"]?)[^\\s'\"]+\\1");
  }

  private static String summarize(String doc) {
    String[] lines = doc.strip().replace("\r\n", "\n").split("\n", -1);
    return lines.length > 1 ? lines[0] + "..." : lines[0];
  }

  private void workdir(Workdir workdir) throws PlanException {
    String requested = expand(workdir.path().value());
    String wd = normalizeWorkdir(workdir(), requested);
    s.config.workingDir = wd;
    boolean withLayer = false;
    if (!wd.equals("/")) {
      String display = displayText(commandText(workdir));
      MkdirOp op = new MkdirOp(wd, s.config.user == null ? "" : s.config.user);
      s.vertex = new Vertex(op, List.of(s.vertex), step(display));
      withLayer = true;
    }
    s.config.commit("WORKDIR " + wd, withLayer);
  }

  /** BuildKit's {@code NormalizeWorkdir}: relative paths join the current one and are cleaned. */
  static String normalizeWorkdir(String current, String requested) {
    return PathText.normalize(current, requested, false);
  }

  // --- helpers shared with CopyDispatcher ---------------------------------------------------

  StageState stage() {
    return s;
  }

  ShellLexer lexer() {
    return lexer;
  }

  String workdir() {
    String wd = s.config.workingDir;
    return wd == null || wd.isEmpty() ? "/" : wd;
  }

  Collection<String> stageNames() {
    return stageNames;
  }

  VariableLookup lookup() {
    return VariableLookup.of(s.env);
  }

  String expand(String word) throws PlanException {
    return expand(word, lookup());
  }

  String expand(String word, VariableLookup env) throws PlanException {
    try {
      return lexer.processWord(word, env).result();
    } catch (ExpansionException e) {
      throw fail(e.getMessage());
    }
  }

  /** The instruction as written (continuations joined), for step names. */
  static String commandText(Instruction i) {
    return i.syntax().line().text();
  }

  /**
   * A step's display name: variables expanded where known (unknown ones kept as written), keyword
   * upper-cased, numbered.
   */
  String displayText(String text) {
    String shown;
    try {
      shown = lexer.withRawQuotes(true).withSkipUnsetEnv(true).processWord(text, lookup()).result();
    } catch (ExpansionException e) {
      shown = text;
    }
    int space = shown.indexOf(' ');
    shown =
        space < 0
            ? shown.toUpperCase(Locale.ROOT)
            : shown.substring(0, space).toUpperCase(Locale.ROOT) + shown.substring(space);
    return namer.name(s, shown, onBuild);
  }

  Step step(String display) {
    return new Step(display, Optional.ofNullable(location), request.noCache());
  }

  PlanException fail(String message) {
    return new PlanException(message, location);
  }

  private List<String> commandArgs(CommandLine command) {
    if (command instanceof ExecForm exec) {
      return exec.arguments().stream().map(Word::value).toList();
    }
    return withShell(List.of(((ShellForm) command).text()));
  }

  private List<String> withShell(List<String> args) {
    List<String> shell =
        s.config.shell == null || s.config.shell.isEmpty() ? DEFAULT_SHELL : s.config.shell;
    List<String> out = new ArrayList<>(shell);
    out.add(String.join(" ", args));
    return List.copyOf(out);
  }
}
