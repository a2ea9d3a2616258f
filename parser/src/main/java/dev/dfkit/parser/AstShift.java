package dev.dfkit.parser;

import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.AddFlags;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.BlankLine;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.CopyFlags;
import dev.dfkit.parser.ast.Device;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.FromFlags;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.HealthcheckFlags;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.InstructionSyntax;
import dev.dfkit.parser.ast.InstructionVisitor;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Keyword;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Maintainer;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.RunFlags;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stopsignal;
import dev.dfkit.parser.ast.UnknownInstruction;
import dev.dfkit.parser.ast.User;
import dev.dfkit.parser.ast.Volume;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.ast.Workdir;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves syntax that starts on a line start to another place in an edited text where the same lines
 * follow: every position gets the same line and offset difference (columns stay, since whole lines
 * moved). A re-parse takes the unchanged instructions below an edit over this way instead of lexing
 * and parsing them again. Every AST type with a position is rebuilt here; the re-parse property
 * test compares the result with a fresh parse, field by field.
 */
final class AstShift implements InstructionVisitor<Instruction, Void> {

  private final LineMap lines;
  private final int lineDelta;
  private final int offsetDelta;

  /**
   * @param lines the edited text's line map (logical lines map their pieces with it)
   */
  AstShift(LineMap lines, int lineDelta, int offsetDelta) {
    this.lines = lines;
    this.lineDelta = lineDelta;
    this.offsetDelta = offsetDelta;
  }

  Element element(Element e) {
    if (e instanceof Instruction i) {
      return instruction(i);
    }
    if (e instanceof Comment c) {
      return comment(c);
    }
    if (e instanceof BlankLine b) {
      return new BlankLine(range(b.range()));
    }
    if (e instanceof Directive d) {
      return new Directive(
          d.name(),
          d.value(),
          d.text(),
          range(d.range()),
          range(d.nameRange()),
          range(d.valueRange()));
    }
    throw new IllegalStateException("unknown element " + e.getClass().getName());
  }

  Instruction instruction(Instruction i) {
    return i.accept(this, null);
  }

  Diagnostic diagnostic(Diagnostic d) {
    return new Diagnostic(range(d.range()), d.severity(), d.code(), d.message());
  }

  // ---- positions -----------------------------------------------------------------------------

  private SourceRange range(SourceRange r) {
    return r.movedBy(lineDelta, offsetDelta);
  }

  private List<SourceRange> ranges(List<SourceRange> rs) {
    List<SourceRange> out = new ArrayList<>(rs.size());
    for (SourceRange r : rs) {
      out.add(range(r));
    }
    return out;
  }

  private Word word(Word w) {
    return new Word(w.value(), range(w.range()));
  }

  private List<Word> words(List<Word> ws) {
    List<Word> out = new ArrayList<>(ws.size());
    for (Word w : ws) {
      out.add(word(w));
    }
    return out;
  }

  private Optional<Word> word(Optional<Word> w) {
    return w.isEmpty() ? w : Optional.of(word(w.get()));
  }

  /**
   * Each flag moved once: an instruction holds its flags twice, in its syntax and in its typed
   * flags (a RUN's mounts), as the very same objects, and rules match the two by identity (DL3059
   * pairs a mount with its flag); a moved instruction must keep that, as a fresh parse has it.
   */
  private final Map<Flag, Flag> movedFlags = new IdentityHashMap<>();

  private Flag flag(Flag f) {
    Flag moved = movedFlags.get(f);
    if (moved == null) {
      moved =
          new Flag(
              f.name(),
              f.value(),
              f.text(),
              range(f.range()),
              range(f.nameRange()),
              range(f.valueRange()));
      movedFlags.put(f, moved);
    }
    return moved;
  }

  private Optional<Flag> flag(Optional<Flag> f) {
    return f.isEmpty() ? f : Optional.of(flag(f.get()));
  }

  private List<Flag> flags(List<Flag> fs) {
    List<Flag> out = new ArrayList<>(fs.size());
    for (Flag f : fs) {
      out.add(flag(f));
    }
    return out;
  }

  private Comment comment(Comment c) {
    return new Comment(c.text(), range(c.range()));
  }

  private List<Comment> comments(List<Comment> cs) {
    List<Comment> out = new ArrayList<>(cs.size());
    for (Comment c : cs) {
      out.add(comment(c));
    }
    return out;
  }

  private List<KeyValue> pairs(List<KeyValue> kvs) {
    List<KeyValue> out = new ArrayList<>(kvs.size());
    for (KeyValue kv : kvs) {
      out.add(new KeyValue(word(kv.key()), word(kv.value()), kv.legacy(), range(kv.range())));
    }
    return out;
  }

  private CommandLine command(CommandLine c) {
    if (c instanceof ShellForm s) {
      return new ShellForm(s.script().shifted(lines, offsetDelta));
    }
    ExecForm e = (ExecForm) c;
    return new ExecForm(words(e.arguments()), range(e.range()));
  }

  private InstructionSyntax syntax(InstructionSyntax s) {
    List<Heredoc> heredocs = new ArrayList<>(s.heredocs().size());
    for (Heredoc h : s.heredocs()) {
      heredocs.add(
          new Heredoc(
              h.name(),
              h.fileDescriptor(),
              h.expand(),
              h.chomp(),
              h.content(),
              range(h.wordRange()),
              range(h.bodyRange()),
              range(h.terminatorRange())));
    }
    return new InstructionSyntax(
        range(s.range()),
        new Keyword(s.keyword().text(), range(s.keyword().range())),
        flags(s.flags()),
        words(s.arguments()),
        s.execForm(),
        s.line().shifted(lines, offsetDelta),
        comments(s.precedingComments()),
        comments(s.innerComments()),
        ranges(s.emptyContinuationLines()),
        ranges(s.continuations()),
        heredocs);
  }

  // ---- instructions --------------------------------------------------------------------------

  @Override
  public Instruction visitFrom(From from, Void context) {
    return new From(
        syntax(from.syntax()),
        word(from.image()),
        from.stageName(),
        word(from.stageNameWord()),
        new FromFlags(flag(from.fromFlags().platform())));
  }

  @Override
  public Instruction visitRun(Run run, Void context) {
    RunFlags f = run.runFlags();
    List<Mount> mounts = new ArrayList<>(f.mounts().size());
    for (Mount m : f.mounts()) {
      mounts.add(
          new Mount(
              flag(m.flag()),
              m.type(),
              m.options(),
              m.from(),
              m.source(),
              m.target(),
              m.readOnly(),
              m.id(),
              m.sharing(),
              m.required(),
              m.sizeBytes(),
              m.env(),
              m.mode(),
              m.uid(),
              m.gid()));
    }
    List<Device> devices = new ArrayList<>(f.devices().size());
    for (Device d : f.devices()) {
      devices.add(new Device(flag(d.flag()), d.name(), d.required()));
    }
    return new Run(
        syntax(run.syntax()),
        new RunFlags(mounts, flag(f.network()), flag(f.security()), devices),
        command(run.command()));
  }

  @Override
  public Instruction visitCmd(Cmd cmd, Void context) {
    return new Cmd(syntax(cmd.syntax()), command(cmd.command()));
  }

  @Override
  public Instruction visitLabel(Label label, Void context) {
    return new Label(syntax(label.syntax()), pairs(label.pairs()));
  }

  @Override
  public Instruction visitMaintainer(Maintainer maintainer, Void context) {
    return new Maintainer(syntax(maintainer.syntax()), word(maintainer.maintainer()));
  }

  @Override
  public Instruction visitExpose(Expose expose, Void context) {
    return new Expose(syntax(expose.syntax()), words(expose.ports()));
  }

  @Override
  public Instruction visitEnv(Env env, Void context) {
    return new Env(syntax(env.syntax()), pairs(env.pairs()));
  }

  @Override
  public Instruction visitAdd(Add add, Void context) {
    AddFlags f = add.addFlags();
    return new Add(
        syntax(add.syntax()),
        new AddFlags(
            flag(f.chown()),
            flag(f.chmod()),
            flag(f.link()),
            flag(f.keepGitDir()),
            flag(f.checksum()),
            flag(f.unpack()),
            flags(f.exclude())),
        words(add.sources()),
        word(add.destination()));
  }

  @Override
  public Instruction visitCopy(Copy copy, Void context) {
    CopyFlags f = copy.copyFlags();
    return new Copy(
        syntax(copy.syntax()),
        new CopyFlags(
            flag(f.from()),
            flag(f.chown()),
            flag(f.chmod()),
            flag(f.link()),
            flag(f.parents()),
            flags(f.exclude())),
        words(copy.sources()),
        word(copy.destination()));
  }

  @Override
  public Instruction visitEntrypoint(Entrypoint entrypoint, Void context) {
    return new Entrypoint(syntax(entrypoint.syntax()), command(entrypoint.command()));
  }

  @Override
  public Instruction visitVolume(Volume volume, Void context) {
    return new Volume(syntax(volume.syntax()), words(volume.volumes()));
  }

  @Override
  public Instruction visitUser(User user, Void context) {
    return new User(syntax(user.syntax()), word(user.user()));
  }

  @Override
  public Instruction visitWorkdir(Workdir workdir, Void context) {
    return new Workdir(syntax(workdir.syntax()), word(workdir.path()));
  }

  @Override
  public Instruction visitArg(Arg arg, Void context) {
    List<ArgDeclaration> out = new ArrayList<>(arg.declarations().size());
    for (ArgDeclaration d : arg.declarations()) {
      out.add(new ArgDeclaration(word(d.name()), word(d.defaultValue()), range(d.range())));
    }
    return new Arg(syntax(arg.syntax()), out);
  }

  @Override
  public Instruction visitOnbuild(Onbuild onbuild, Void context) {
    return new Onbuild(syntax(onbuild.syntax()), onbuild.trigger().map(this::instruction));
  }

  @Override
  public Instruction visitStopsignal(Stopsignal stopsignal, Void context) {
    return new Stopsignal(syntax(stopsignal.syntax()), word(stopsignal.signal()));
  }

  @Override
  public Instruction visitHealthcheck(Healthcheck healthcheck, Void context) {
    HealthcheckFlags f = healthcheck.healthcheckFlags();
    return new Healthcheck(
        syntax(healthcheck.syntax()),
        new HealthcheckFlags(
            flag(f.interval()),
            flag(f.timeout()),
            flag(f.startPeriod()),
            flag(f.startInterval()),
            flag(f.retries())),
        word(healthcheck.type()),
        healthcheck.command().map(this::command));
  }

  @Override
  public Instruction visitShell(Shell shell, Void context) {
    return new Shell(syntax(shell.syntax()), words(shell.shell()));
  }

  @Override
  public Instruction visitUnknown(UnknownInstruction unknown, Void context) {
    return new UnknownInstruction(syntax(unknown.syntax()), unknown.name());
  }
}
