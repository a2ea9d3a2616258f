package dev.dfkit.parser;

import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.AddFlags;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.CopyFlags;
import dev.dfkit.parser.ast.Device;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.FlagValueException;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.FromFlags;
import dev.dfkit.parser.ast.GoDuration;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.HealthcheckFlags;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.InstructionSyntax;
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
import dev.dfkit.parser.diagnostic.Severity;
import dev.dfkit.parser.diagnostic.Suggestions;
import dev.dfkit.parser.diagnostic.SyntaxCodes;
import dev.dfkit.parser.dump.GoQuote;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import dev.dfkit.parser.syntax.Arguments;
import dev.dfkit.parser.syntax.FlagWord;
import dev.dfkit.parser.syntax.HeredocWord;
import dev.dfkit.parser.syntax.HeredocWords;
import dev.dfkit.parser.syntax.LineArguments;
import dev.dfkit.parser.syntax.Piece;
import dev.dfkit.parser.syntax.SplitCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns one logical instruction line into its typed record: BuildKit's line parsing (keyword,
 * flags, argument rules) and then its instruction checks, one method per instruction. Problems
 * become diagnostics; a node is built whatever happens, so tools always have a tree.
 */
final class InstructionBuilder {

  static final Set<String> KEYWORDS =
      new TreeSet<>(
          List.of(
              "ADD",
              "ARG",
              "CMD",
              "COPY",
              "ENTRYPOINT",
              "ENV",
              "EXPOSE",
              "FROM",
              "HEALTHCHECK",
              "LABEL",
              "MAINTAINER",
              "ONBUILD",
              "RUN",
              "SHELL",
              "STOPSIGNAL",
              "USER",
              "VOLUME",
              "WORKDIR"));

  private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");
  private static final String TRIGGER_NOTE =
      " (in an ONBUILD trigger: it fails when an image is built FROM this one)";

  private final char escape;
  private final List<Diagnostic> diagnostics;

  InstructionBuilder(char escape, List<Diagnostic> diagnostics) {
    this.escape = escape;
    this.diagnostics = diagnostics;
  }

  /** The parts of one instruction a build method works with. */
  private record Parts(
      InstructionSyntax syntax,
      LogicalText line,
      List<Word> args,
      List<Piece> pieces,
      Severity severity,
      boolean json,
      boolean lineError) {}

  /**
   * @param line the logical line, starting at the keyword
   * @param range the instruction's whole range (keyword to the end of its last line or heredoc)
   * @param bodies heredoc bodies read by the lexer after the line, in order; null when the
   *     instruction cannot have any (the trigger of a nested ONBUILD)
   * @param trigger true for the instruction inside ONBUILD
   */
  Instruction build(
      LogicalText line,
      SourceRange range,
      InstructionTrivia trivia,
      List<HeredocBody> bodies,
      List<Comment> precedingComments,
      boolean trigger) {
    String text = line.text();
    SplitCommand split = SplitCommand.of(text, escape);
    Piece command = split.command();
    String name = command.value().toLowerCase(Locale.ROOT);
    Keyword keyword = new Keyword(command.value(), line.range(command.start(), command.end()));
    List<Flag> flags = new ArrayList<>();
    for (FlagWord w : split.flags()) {
      flags.add(flag(line, w));
    }
    Arguments arguments = LineArguments.parse(name, text, split.arguments(), escape);
    if (arguments.hasError()) {
      String code =
          arguments.error().startsWith("when using JSON")
              ? SyntaxCodes.JSON_NOT_STRINGS
              : arguments.error().startsWith("Syntax error")
                  ? SyntaxCodes.INVALID_KEY_VALUE
                  : SyntaxCodes.MISSING_VALUE;
      report(
          line.range(arguments.errorStart(), arguments.errorEnd()),
          Severity.ERROR,
          code,
          arguments.error());
    }
    List<Word> args = new ArrayList<>(arguments.nodes().size());
    for (Piece p : arguments.nodes()) {
      args.add(new Word(p.value(), line.range(p.start(), p.end())));
    }
    // An ONBUILD line's heredocs are its trigger's: the trigger reads (and reports) them.
    List<Heredoc> heredocs =
        name.equals("onbuild") || bodies == null ? List.of() : heredocs(line, range, bodies);
    InstructionSyntax syntax =
        new InstructionSyntax(
            range,
            keyword,
            flags,
            args,
            arguments.json(),
            line,
            precedingComments,
            trivia.innerComments(),
            trivia.emptyLines(),
            trivia.continuations(),
            heredocs);
    Severity severity = trigger ? Severity.WARNING : Severity.ERROR;
    Parts parts =
        new Parts(
            syntax,
            line,
            args,
            arguments.nodes(),
            severity,
            arguments.json(),
            arguments.hasError());
    return switch (name) {
      case "from" -> from(parts);
      case "run" -> run(parts);
      case "cmd" -> new Cmd(syntax, commandLine(parts, parts.args));
      case "entrypoint" -> new Entrypoint(syntax, commandLine(parts, parts.args));
      case "shell" -> shell(parts);
      case "label" -> new Label(syntax, pairs(parts, "LABEL"));
      case "env" -> new Env(syntax, pairs(parts, "ENV"));
      case "maintainer" -> new Maintainer(syntax, exactlyOne(parts, "MAINTAINER", true));
      case "expose" -> new Expose(syntax, atLeastOne(parts, "EXPOSE", true));
      case "add" -> add(parts);
      case "copy" -> copy(parts);
      case "volume" -> volume(parts);
      case "user" -> new User(syntax, exactlyOne(parts, "USER", true));
      case "workdir" -> new Workdir(syntax, exactlyOne(parts, "WORKDIR", true));
      case "stopsignal" -> stopsignal(parts);
      case "arg" -> arg(parts);
      case "onbuild" -> onbuild(parts, split, trivia, bodies);
      case "healthcheck" -> healthcheck(parts);
      default -> unknown(parts, command.value());
    };
  }

  private static Flag flag(LogicalText line, FlagWord w) {
    String value = w.value(); // starts with "--": that is what made it a flag word
    int eq = value.indexOf('=');
    String name = eq < 0 ? value.substring(2) : value.substring(2, eq);
    String flagValue = eq < 0 ? null : value.substring(eq + 1);
    int nameEnd = eq < 0 ? w.end() : w.originStart(eq);
    SourceRange valueRange =
        flagValue == null || flagValue.isEmpty()
            ? line.range(w.end(), w.end())
            : line.range(w.originStart(eq + 1), w.originStart(value.length() - 1) + 1);
    return new Flag(
        name,
        flagValue,
        value,
        line.range(w.start(), w.end()),
        line.range(w.start(), nameEnd),
        valueRange);
  }

  // ---- heredocs ----------------------------------------------------------------------------

  private List<Heredoc> heredocs(LogicalText line, SourceRange range, List<HeredocBody> bodies) {
    List<HeredocWord> words;
    try {
      words = HeredocWords.forInstruction(line.text(), escape);
    } catch (HeredocWords.HeredocException e) {
      report(
          line.range(0, line.length()),
          Severity.ERROR,
          SyntaxCodes.INVALID_HEREDOC,
          e.getMessage());
      return List.of();
    }
    List<Heredoc> heredocs = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      HeredocWord w = words.get(i);
      SourceRange wordRange =
          w.start() >= 0 ? line.range(w.start(), w.end()) : line.range(0, line.length());
      HeredocBody body = i < bodies.size() ? bodies.get(i) : null;
      if (body == null || !body.terminated()) {
        report(
            wordRange,
            Severity.ERROR,
            SyntaxCodes.UNTERMINATED_HEREDOC,
            "unterminated heredoc: no line " + GoQuote.quote(w.name()) + " ends it");
      }
      if (body == null) {
        SourceRange end = SourceRange.empty(range.end());
        heredocs.add(
            new Heredoc(
                w.name(), w.fileDescriptor(), w.expand(), w.chomp(), "", wordRange, end, end));
      } else {
        heredocs.add(
            new Heredoc(
                w.name(),
                w.fileDescriptor(),
                w.expand(),
                w.chomp(),
                body.content(),
                wordRange,
                body.bodyRange(),
                body.terminatorRange()));
      }
    }
    return heredocs;
  }

  // ---- one method per instruction -----------------------------------------------------------

  private From from(Parts p) {
    List<Word> args = p.args;
    Optional<String> stageName = Optional.empty();
    Optional<Word> stageNameWord = Optional.empty();
    if (args.size() == 3 && args.get(1).value().equalsIgnoreCase("as")) {
      Word nameWord = args.get(2);
      String name = nameWord.value().toLowerCase(Locale.ROOT);
      stageNameWord = Optional.of(nameWord);
      if (STAGE_NAME.matcher(name).matches()) {
        stageName = Optional.of(name);
      } else {
        report(
            nameWord.range(),
            p.severity,
            SyntaxCodes.INVALID_STAGE_NAME,
            "invalid name for build stage: "
                + GoQuote.quote(nameWord.value())
                + ", name can't start with a number or contain symbols");
      }
    } else if (args.size() != 1) {
      report(
          argumentsRange(p),
          p.severity,
          args.isEmpty() ? SyntaxCodes.MISSING_ARGUMENT : SyntaxCodes.EXTRA_ARGUMENT,
          "FROM requires either one or three arguments");
    }
    FlagSet flags =
        new FlagSet().string("platform").check(p.syntax.flags(), p.severity, diagnostics);
    Word image = args.isEmpty() ? emptyWordAfterKeyword(p) : args.get(0);
    return new From(
        p.syntax, image, stageName, stageNameWord, new FromFlags(flags.one("platform")));
  }

  private Run run(Parts p) {
    FlagSet flags =
        new FlagSet()
            .strings("mount")
            .string("network")
            .string("security")
            .strings("device")
            .check(p.syntax.flags(), p.severity, diagnostics);
    List<Mount> mounts = new ArrayList<>();
    for (Flag f : flags.all("mount")) {
      try {
        mounts.add(Mount.parse(f, f.value(), false));
      } catch (FlagValueException e) {
        report(f.valueRange(), p.severity, SyntaxCodes.INVALID_FLAG_VALUE, e.getMessage());
      }
    }
    Optional<Flag> network = flags.one("network");
    if (network.isPresent() && !Set.of("default", "none", "host").contains(network.get().value())) {
      report(
          network.get().valueRange(),
          p.severity,
          SyntaxCodes.INVALID_FLAG_VALUE,
          "invalid network mode " + GoQuote.quote(network.get().value()));
      network = Optional.empty();
    }
    Optional<Flag> security = flags.one("security");
    if (security.isPresent() && !Set.of("insecure", "sandbox").contains(security.get().value())) {
      report(
          security.get().valueRange(),
          p.severity,
          SyntaxCodes.INVALID_FLAG_VALUE,
          "security " + GoQuote.quote(security.get().value()) + " is not valid");
      security = Optional.empty();
    }
    List<Device> devices = new ArrayList<>();
    for (Flag f : flags.all("device")) {
      try {
        devices.add(Device.parse(f, f.value()));
      } catch (FlagValueException e) {
        report(f.valueRange(), p.severity, SyntaxCodes.INVALID_FLAG_VALUE, e.getMessage());
      }
    }
    return new Run(
        p.syntax, new RunFlags(mounts, network, security, devices), commandLine(p, p.args));
  }

  /** Exec form when the arguments were JSON, else the whole argument text as a shell script. */
  private CommandLine commandLine(Parts p, List<Word> args) {
    if (p.json) {
      return new ExecForm(args, argumentsRange(p));
    }
    if (args.isEmpty()) {
      int at = p.line.length();
      return new ShellForm(p.line.slice(at, at));
    }
    // Shell form: the last node holds the whole rest of the line (for HEALTHCHECK, after CMD).
    Piece script = p.pieces.get(p.pieces.size() - 1);
    return new ShellForm(p.line.slice(script.start(), script.end()));
  }

  private Shell shell(Parts p) {
    new FlagSet().check(p.syntax.flags(), p.severity, diagnostics);
    if (p.args.isEmpty()) {
      report(
          lineRange(p),
          p.severity,
          SyntaxCodes.MISSING_ARGUMENT,
          "SHELL requires at least one argument");
    } else if (!p.json) {
      report(
          argumentsRange(p),
          p.severity,
          SyntaxCodes.JSON_REQUIRED,
          "SHELL requires the arguments to be in JSON form");
      return new Shell(p.syntax, List.of());
    }
    return new Shell(p.syntax, p.args);
  }

  private List<KeyValue> pairs(Parts p, String instruction) {
    new FlagSet().check(p.syntax.flags(), p.severity, diagnostics);
    List<Word> args = p.args;
    List<KeyValue> pairs = new ArrayList<>();
    if (args.isEmpty()) {
      if (!p.lineError) {
        report(
            lineRange(p),
            p.severity,
            SyntaxCodes.MISSING_ARGUMENT,
            instruction + " requires at least one argument");
      }
      return pairs;
    }
    for (int i = 0; i + 2 < args.size(); i += 3) {
      Word key = args.get(i);
      Word value = args.get(i + 1);
      boolean legacy = args.get(i + 2).value().isEmpty();
      if (key.value().isEmpty()) {
        report(
            key.range().union(value.range()),
            p.severity,
            SyntaxCodes.INVALID_ARGUMENT,
            instruction + " names can not be blank");
        continue;
      }
      pairs.add(new KeyValue(key, value, legacy, key.range().union(value.range())));
    }
    return pairs;
  }

  private Word exactlyOne(Parts p, String instruction, boolean checkFlags) {
    if (checkFlags) {
      new FlagSet().check(p.syntax.flags(), p.severity, diagnostics);
    }
    if (p.args.size() != 1) {
      report(
          p.args.isEmpty() ? lineRange(p) : argumentsRange(p),
          p.severity,
          p.args.isEmpty() ? SyntaxCodes.MISSING_ARGUMENT : SyntaxCodes.EXTRA_ARGUMENT,
          instruction + " requires exactly one argument");
    }
    return p.args.isEmpty() ? emptyWordAfterKeyword(p) : p.args.get(0);
  }

  private List<Word> atLeastOne(Parts p, String instruction, boolean checkFlags) {
    if (p.args.isEmpty() && !p.lineError) {
      report(
          lineRange(p),
          p.severity,
          SyntaxCodes.MISSING_ARGUMENT,
          instruction + " requires at least one argument");
    }
    if (checkFlags) {
      new FlagSet().check(p.syntax.flags(), p.severity, diagnostics);
    }
    return p.args;
  }

  private Add add(Parts p) {
    FlagSet flags =
        new FlagSet()
            .string("chown")
            .string("chmod")
            .bool("link")
            .bool("keep-git-dir")
            .string("checksum")
            .bool("unpack")
            .strings("exclude");
    checkSourcesAndDestination(p, "ADD");
    flags.check(p.syntax.flags(), p.severity, diagnostics);
    AddFlags addFlags =
        new AddFlags(
            flags.one("chown"),
            flags.one("chmod"),
            flags.one("link"),
            flags.one("keep-git-dir"),
            flags.one("checksum"),
            flags.one("unpack"),
            flags.all("exclude"));
    return new Add(p.syntax, addFlags, sources(p), destination(p));
  }

  private Copy copy(Parts p) {
    FlagSet flags =
        new FlagSet()
            .string("chown")
            .string("from")
            .string("chmod")
            .bool("link")
            .strings("exclude")
            .bool("parents");
    checkSourcesAndDestination(p, "COPY");
    flags.check(p.syntax.flags(), p.severity, diagnostics);
    CopyFlags copyFlags =
        new CopyFlags(
            flags.one("from"),
            flags.one("chown"),
            flags.one("chmod"),
            flags.one("link"),
            flags.one("parents"),
            flags.all("exclude"));
    return new Copy(p.syntax, copyFlags, sources(p), destination(p));
  }

  private void checkSourcesAndDestination(Parts p, String instruction) {
    if (p.args.size() < 2) {
      if (!p.lineError) {
        report(
            p.args.isEmpty() ? lineRange(p) : argumentsRange(p),
            p.severity,
            SyntaxCodes.MISSING_ARGUMENT,
            instruction
                + " requires at least two arguments, but only one was provided. Destination could"
                + " not be determined");
      }
      return;
    }
    Word dest = p.args.get(p.args.size() - 1);
    if (!p.json && HeredocWords.parse(dest.value()).isPresent()) {
      report(
          dest.range(),
          p.severity,
          SyntaxCodes.INVALID_DESTINATION,
          instruction + " cannot accept a heredoc as a destination");
    }
  }

  private static List<Word> sources(Parts p) {
    return p.args.size() < 2 ? List.of() : p.args.subList(0, p.args.size() - 1);
  }

  private Word destination(Parts p) {
    return p.args.size() < 2 ? emptyWordAfterKeyword(p) : p.args.get(p.args.size() - 1);
  }

  private Volume volume(Parts p) {
    List<Word> volumes = atLeastOne(p, "VOLUME", true);
    for (Word v : volumes) {
      if (v.value().strip().isEmpty()) {
        report(
            v.range(),
            p.severity,
            SyntaxCodes.INVALID_ARGUMENT,
            "VOLUME specified can not be an empty string");
      }
    }
    return new Volume(p.syntax, volumes);
  }

  private Stopsignal stopsignal(Parts p) {
    reportIgnoredFlags(p, "STOPSIGNAL");
    return new Stopsignal(p.syntax, exactlyOne(p, "STOPSIGNAL", false));
  }

  private Arg arg(Parts p) {
    reportIgnoredFlags(p, "ARG");
    List<ArgDeclaration> declarations = new ArrayList<>();
    if (p.args.isEmpty()) {
      report(
          lineRange(p),
          p.severity,
          SyntaxCodes.MISSING_ARGUMENT,
          "ARG requires at least one argument");
    }
    for (int i = 0; i < p.args.size(); i++) {
      Word w = p.args.get(i);
      int eq = w.value().indexOf('=');
      if (eq < 0) {
        declarations.add(new ArgDeclaration(w, Optional.empty(), w.range()));
        continue;
      }
      if (eq == 0) {
        report(w.range(), p.severity, SyntaxCodes.INVALID_ARGUMENT, "ARG names can not be blank");
        continue;
      }
      int start = p.pieces.get(i).start();
      Word name = new Word(w.value().substring(0, eq), p.line.range(start, start + eq));
      Word value =
          new Word(
              w.value().substring(eq + 1),
              p.line.range(start + eq + 1, start + w.value().length()));
      declarations.add(new ArgDeclaration(name, Optional.of(value), w.range()));
    }
    return new Arg(p.syntax, declarations);
  }

  private Onbuild onbuild(
      Parts p, SplitCommand split, InstructionTrivia trivia, List<HeredocBody> bodies) {
    Piece rest = split.arguments();
    if (rest.value().isEmpty()) {
      report(
          lineRange(p),
          p.severity,
          SyntaxCodes.MISSING_ARGUMENT,
          "ONBUILD requires at least one argument");
      return new Onbuild(p.syntax, Optional.empty());
    }
    new FlagSet().check(p.syntax.flags(), p.severity, diagnostics);
    LogicalText triggerLine = p.line.slice(rest.start(), rest.end());
    int firstTriggerDiagnostic = diagnostics.size();
    SourceRange outer = p.syntax.range();
    SourceRange range = new SourceRange(triggerLine.position(0), outer.end());
    // BuildKit reads heredocs for ONBUILD RUN/COPY/ADD, not for the trigger of ONBUILD ONBUILD.
    Instruction trigger =
        build(
            triggerLine,
            range,
            trivia.within(range.startOffset(), range.endOffset()),
            p.severity == Severity.WARNING ? null : bodies,
            List.of(),
            true);
    noteTriggerWarnings(firstTriggerDiagnostic);
    String name = trigger.keyword().canonical();
    switch (name) {
      case "ONBUILD" ->
          report(
              trigger.keyword().range(),
              p.severity,
              SyntaxCodes.INVALID_ONBUILD,
              "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      case "MAINTAINER", "FROM" ->
          report(
              trigger.keyword().range(),
              p.severity,
              SyntaxCodes.INVALID_ONBUILD,
              name + " isn't allowed as an ONBUILD trigger");
      default -> {}
    }
    // The heredocs belong to the trigger; the ONBUILD line carries them too, as BuildKit's does.
    InstructionSyntax s = p.syntax;
    InstructionSyntax withHeredocs =
        new InstructionSyntax(
            s.range(),
            s.keyword(),
            s.flags(),
            s.arguments(),
            trigger.syntax().execForm(),
            s.line(),
            s.precedingComments(),
            s.innerComments(),
            s.emptyContinuationLines(),
            s.continuations(),
            trigger.syntax().heredocs());
    return new Onbuild(withHeredocs, Optional.of(trigger));
  }

  private Healthcheck healthcheck(Parts p) {
    List<Word> args = p.args;
    if (args.isEmpty()) {
      if (!p.lineError) {
        report(
            lineRange(p),
            p.severity,
            SyntaxCodes.MISSING_ARGUMENT,
            "HEALTHCHECK requires at least one argument");
      }
      return new Healthcheck(p.syntax, HealthcheckFlags.NONE, Optional.empty(), Optional.empty());
    }
    Word typeWord = args.get(0);
    String type = typeWord.value().toUpperCase(Locale.ROOT);
    List<Word> rest = args.subList(1, args.size());
    if (type.equals("NONE")) {
      // BuildKit does not look at flags of HEALTHCHECK NONE.
      if (!rest.isEmpty()) {
        report(
            rest.get(0).range().union(rest.get(rest.size() - 1).range()),
            p.severity,
            SyntaxCodes.EXTRA_ARGUMENT,
            "HEALTHCHECK NONE takes no arguments");
      }
      return new Healthcheck(
          p.syntax, HealthcheckFlags.NONE, Optional.of(typeWord), Optional.empty());
    }
    FlagSet flags =
        new FlagSet()
            .string("interval")
            .string("timeout")
            .string("start-period")
            .string("start-interval")
            .string("retries")
            .check(p.syntax.flags(), p.severity, diagnostics);
    Optional<CommandLine> command = Optional.empty();
    if (type.equals("CMD")) {
      if (rest.isEmpty()) {
        report(
            typeWord.range(),
            p.severity,
            SyntaxCodes.MISSING_ARGUMENT,
            "Missing command after HEALTHCHECK CMD");
      } else {
        command = Optional.of(commandLine(p, rest));
      }
    } else {
      report(
          typeWord.range(),
          p.severity,
          SyntaxCodes.INVALID_HEALTHCHECK,
          "Unknown type " + GoQuote.quote(type) + " in HEALTHCHECK (try CMD)");
    }
    for (String name : List.of("interval", "timeout", "start-period", "start-interval")) {
      flags.one(name).ifPresent(f -> checkInterval(f, p.severity));
    }
    flags.one("retries").ifPresent(f -> checkRetries(f, p.severity));
    HealthcheckFlags healthFlags =
        new HealthcheckFlags(
            flags.one("interval"),
            flags.one("timeout"),
            flags.one("start-period"),
            flags.one("start-interval"),
            flags.one("retries"));
    return new Healthcheck(p.syntax, healthFlags, Optional.of(typeWord), command);
  }

  private void checkInterval(Flag f, Severity severity) {
    if (f.value().isEmpty()) {
      return;
    }
    try {
      Duration d = GoDuration.parse(f.value());
      if (!d.isZero() && d.compareTo(Duration.ofMillis(1)) < 0) {
        report(
            f.valueRange(),
            severity,
            SyntaxCodes.INVALID_FLAG_VALUE,
            "Interval " + GoQuote.quote(f.name()) + " cannot be less than 1ms");
      }
    } catch (IllegalArgumentException e) {
      report(f.valueRange(), severity, SyntaxCodes.INVALID_FLAG_VALUE, e.getMessage());
    }
  }

  private void checkRetries(Flag f, Severity severity) {
    String v = f.value();
    if (v.isEmpty()) {
      return;
    }
    long retries;
    try {
      retries = Long.parseLong(v);
      if (retries < Integer.MIN_VALUE || retries > Integer.MAX_VALUE) {
        report(
            f.valueRange(),
            severity,
            SyntaxCodes.INVALID_FLAG_VALUE,
            "strconv.ParseInt: parsing " + GoQuote.quote(v) + ": value out of range");
        return;
      }
    } catch (NumberFormatException e) {
      report(
          f.valueRange(),
          severity,
          SyntaxCodes.INVALID_FLAG_VALUE,
          "strconv.ParseInt: parsing " + GoQuote.quote(v) + ": invalid syntax");
      return;
    }
    if (retries < 0) {
      report(
          f.valueRange(),
          severity,
          SyntaxCodes.INVALID_FLAG_VALUE,
          "--retries cannot be negative (" + retries + ")");
    }
  }

  private UnknownInstruction unknown(Parts p, String name) {
    String message =
        Suggestions.withSuggestion("unknown instruction: " + name, name, KEYWORDS, false);
    report(p.syntax.keyword().range(), p.severity, SyntaxCodes.UNKNOWN_INSTRUCTION, message);
    return new UnknownInstruction(p.syntax, name);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void reportIgnoredFlags(Parts p, String instruction) {
    for (Flag f : p.syntax.flags()) {
      report(
          f.range(),
          Severity.WARNING,
          SyntaxCodes.IGNORED_FLAG,
          instruction + " takes no flags; --" + f.name() + " is ignored by the build");
    }
  }

  private static SourceRange lineRange(Parts p) {
    return p.line.range(0, p.line.length());
  }

  private static SourceRange argumentsRange(Parts p) {
    if (p.args.isEmpty()) {
      return lineRange(p);
    }
    return p.args.get(0).range().union(p.args.get(p.args.size() - 1).range());
  }

  private static Word emptyWordAfterKeyword(Parts p) {
    return new Word("", SourceRange.empty(p.syntax.keyword().range().end()));
  }

  private void report(SourceRange range, Severity severity, String code, String message) {
    diagnostics.add(new Diagnostic(range, severity, code, message));
  }

  /** Trigger problems are warnings: say why they still matter. */
  private void noteTriggerWarnings(int from) {
    for (int i = from; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      if (d.severity() == Severity.WARNING && !d.code().equals(SyntaxCodes.IGNORED_FLAG)) {
        diagnostics.set(
            i, new Diagnostic(d.range(), d.severity(), d.code(), d.message() + TRIGGER_NOTE));
      }
    }
  }
}
