package dev.dfkit.ls.services;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.docs.FlagDoc;
import dev.dfkit.ls.services.docs.InstructionDocs;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.semantic.StageBase;
import dev.dfkit.parser.semantic.Variable;
import dev.dfkit.parser.semantic.VariableKind;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Hover: what an instruction keyword or flag does, a variable's value at that point and where it
 * was defined, a stage's base and its uses, and the rule behind a lint finding there.
 */
public final class HoverService {

  /** Comments that list rule ids: ignore pragmas and check directives. */
  private static final Pattern RULE_LIST =
      Pattern.compile("#\\s*((?i:dflint|hadolint)\\s+(?i:global\\s+)?(?i:ignore)|(?i:check))\\s*=");

  private final Function<DockerfileDocument, List<Finding>> findings;

  /** Lints on its own (default options, once per version) for the findings under the cursor. */
  public HoverService() {
    this(doc -> LintRules.lint(doc).findings());
  }

  /**
   * Takes the findings from elsewhere, such as the diagnostics already computed for this version
   * with the user's configuration, so a hover never lints again.
   */
  public HoverService(Function<DockerfileDocument, List<Finding>> findings) {
    this.findings = findings;
  }

  /** What a hover shows: markdown and the range it is about. */
  private record Part(String markdown, SourceRange range) {}

  public Optional<Hover> hover(DockerfileDocument doc, Position pos, CancelChecker cancel) {
    cancel.checkCanceled();
    int offset = Positions.offset(doc.lines(), pos);
    InstructionIndex index = InstructionIndex.of(doc);
    Optional<Instruction> top = index.at(offset);
    Optional<Part> main =
        top.isPresent() ? element(index, top.get(), offset) : ruleInComment(doc, offset);
    cancel.checkCanceled();
    List<String> found = findingsAt(doc, offset);
    if (main.isEmpty() && found.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder md = new StringBuilder();
    main.ifPresent(p -> md.append(p.markdown()));
    for (String f : found) {
      if (md.length() > 0) {
        md.append("\n\n---\n\n");
      }
      md.append(f);
    }
    Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()));
    main.ifPresent(p -> hover.setRange(Positions.range(p.range())));
    return Optional.of(hover);
  }

  private Optional<Part> element(InstructionIndex index, Instruction top, int offset) {
    if (InstructionIndex.inHeredoc(top, offset)) {
      return Optional.empty();
    }
    Instruction instruction = InstructionIndex.innermost(top, offset);
    if (Positions.touches(instruction.keyword().range(), offset)) {
      return InstructionDocs.find(instruction.keyword().canonical())
          .map(d -> new Part(d.toMarkdown(), instruction.keyword().range()));
    }
    if (Positions.touches(top.keyword().range(), offset)) {
      return InstructionDocs.find(top.keyword().canonical())
          .map(d -> new Part(d.toMarkdown(), top.keyword().range()));
    }
    for (VariableUse use : VariableUse.in(instruction, index.dockerfile().escape())) {
      if (Positions.touches(use.range(), offset)) {
        return Optional.of(new Part(variable(index, top, offset, use.name()), use.range()));
      }
    }
    for (Flag f : instruction.flags()) {
      if (Positions.touches(f.nameRange(), offset)) {
        Optional<FlagDoc> d =
            InstructionDocs.find(instruction.keyword().canonical()).flatMap(x -> x.flag(f.name()));
        return d.map(x -> new Part(x.toMarkdown(), f.nameRange()));
      }
      if (f.name().equals("mount")
          && instruction instanceof Run
          && f.hasValue()
          && Positions.touches(f.valueRange(), offset)) {
        Optional<Part> option = mountOption(index, instruction, f, offset);
        if (option.isPresent()) {
          return option;
        }
      }
      if (f.name().equals("from")
          && instruction instanceof Copy
          && f.hasValue()
          && Positions.touches(f.valueRange(), offset)) {
        return index.dockerfile().stage(f.value()).map(s -> stage(index, s, f.valueRange()));
      }
    }
    if (instruction == top) {
      Optional<Part> declared = declaration(index, instruction, offset);
      if (declared.isPresent()) {
        return declared;
      }
    }
    if (instruction instanceof From from) {
      if (from.stageNameWord().isPresent()
          && Positions.touches(from.stageNameWord().get().range(), offset)) {
        Optional<Stage> s = index.stageAt(from.range().startOffset());
        return s.map(x -> stage(index, x, from.stageNameWord().get().range()));
      }
      if (Positions.touches(from.image().range(), offset)) {
        Optional<Stage> s = index.stageAt(from.range().startOffset());
        Optional<Stage> parent = s.flatMap(x -> index.variables().base(x).parent());
        return parent.map(p -> stage(index, p, from.image().range()));
      }
    }
    return Optional.empty();
  }

  /** A rule id in an ignore pragma or check comment: the rule's documentation. */
  private static Optional<Part> ruleInComment(DockerfileDocument doc, int offset) {
    int line = doc.lines().lineOf(offset);
    int lineStart = doc.lines().lineStart(line);
    String text = doc.text().substring(lineStart, doc.lines().lineEnd(line));
    String stripped = text.stripLeading();
    if (!stripped.startsWith("#") || !RULE_LIST.matcher(stripped).lookingAt()) {
      return Optional.empty();
    }
    int at = offset - lineStart;
    int start = at;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    String id = text.substring(start, end);
    Optional<RuleInfo> info = id.isEmpty() ? Optional.empty() : LintRules.find(id);
    if (info.isEmpty()) {
      return Optional.empty();
    }
    RuleInfo i = info.get();
    String md =
        "**"
            + i.id()
            + "** ("
            + i.severity().name().toLowerCase(Locale.ROOT)
            + ", "
            + i.source().name().toLowerCase(Locale.ROOT)
            + ")\n\n"
            + i.summary()
            + "\n\n["
            + i.id()
            + " documentation]("
            + i.url()
            + ")";
    return Optional.of(new Part(md, doc.lines().range(lineStart + start, lineStart + end)));
  }

  /** The {@code --mount} option under the cursor: what it means for this mount type. */
  private static Optional<Part> mountOption(
      InstructionIndex index, Instruction instruction, Flag f, int offset) {
    String value = f.value();
    SourceRange valueRange = f.valueRange();
    if (valueRange.length() != value.length()) {
      return Optional.empty(); // quoted or continued: offsets do not map one to one
    }
    int at = offset - valueRange.startOffset();
    int start = value.lastIndexOf(',', Math.max(0, at - 1)) + 1;
    if (at > 0 && at <= value.length() && value.charAt(at - 1) == ',') {
      start = at;
    }
    int end = value.indexOf(',', start);
    end = end < 0 ? value.length() : end;
    String field = value.substring(start, end);
    int eq = field.indexOf('=');
    String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
    String type = "bind";
    for (String other : value.split(",")) {
      if (other.toLowerCase(Locale.ROOT).startsWith("type=")) {
        type = other.substring(5).strip().toLowerCase(Locale.ROOT);
      }
    }
    int base = valueRange.startOffset();
    if (key.equals("from") && eq >= 0) {
      SourceRange fieldRange = index.dockerfile().lines().range(base + start, base + end);
      Optional<Stage> s = index.dockerfile().stage(field.substring(eq + 1).strip());
      if (s.isPresent()) {
        return Optional.of(stage(index, s.get(), fieldRange));
      }
    }
    String md;
    if (key.equals("type")) {
      String chosen = eq < 0 ? "" : field.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
      md =
          FlagValues.MOUNT_TYPES.stream()
              .filter(v -> v.label().equals(chosen))
              .map(v -> "**`type=" + v.label() + "`** mount\n\n" + v.description())
              .findFirst()
              .orElse(null);
    } else {
      String mountType = type;
      md =
          FlagValues.MOUNT_OPTIONS.getOrDefault(type, List.of()).stream()
              .filter(v -> v.label().equals(canonicalMountKey(key)))
              .map(v -> "**`" + key + "`** (" + mountType + " mount)\n\n" + v.description())
              .findFirst()
              .orElse(null);
    }
    if (md == null) {
      return Optional.empty();
    }
    return Optional.of(new Part(md, index.dockerfile().lines().range(base + start, base + end)));
  }

  /** BuildKit's aliases of mount keys. */
  private static String canonicalMountKey(String key) {
    return switch (key) {
      case "src" -> "source";
      case "dst", "destination" -> "target";
      case "readonly" -> "ro";
      case "readwrite" -> "rw";
      default -> key;
    };
  }

  /** A defined variable: its kind, value and where it was defined. */
  static String describe(Variable var) {
    StringBuilder md = new StringBuilder("**`" + var.name() + "`**");
    md.append(" — ").append(VariableKinds.label(var.kind()));
    md.append("\n\n");
    if (var.value() == null) {
      md.append("No value here: declared without a default (set it with `--build-arg ")
          .append(var.name())
          .append("=...`).");
    } else {
      md.append("Value: `").append(var.value()).append('`');
      if (var.kind() == VariableKind.PREDEFINED) {
        md.append(" (on this machine; the build sets it)");
      }
    }
    var.definition()
        .ifPresent(r -> md.append("\n\nDefined on line ").append(r.start().line() + 1).append('.'));
    return md.toString();
  }

  /** The name of an ARG declaration or ENV pair: the value it gives the variable. */
  private static Optional<Part> declaration(
      InstructionIndex index, Instruction instruction, int offset) {
    if (instruction instanceof Arg arg) {
      List<ArgDeclaration> ds = arg.declarations();
      for (int i = 0; i < ds.size(); i++) {
        Word name = ds.get(i).name();
        if (Positions.touches(name.range(), offset)) {
          VariableScope after =
              i + 1 < ds.size()
                  ? index.variables().before(ds.get(i + 1))
                  : index.scopeAfter(instruction);
          return after.variable(name.value()).map(v -> new Part(describe(v), name.range()));
        }
      }
    } else if (instruction instanceof Env env) {
      for (KeyValue kv : env.pairs()) {
        if (Positions.touches(kv.key().range(), offset)) {
          return index
              .scopeAfter(instruction)
              .variable(kv.key().value())
              .map(v -> new Part(describe(v), kv.key().range()));
        }
      }
    }
    return Optional.empty();
  }

  /** A variable at a point: its value and definition, or why it is not defined there. */
  static String variable(InstructionIndex index, Instruction top, int offset, String name) {
    VariableScope scope = index.scopeAt(top, offset);
    Optional<Variable> v = scope.variable(name);
    if (v.isPresent()) {
      return describe(v.get());
    }
    StringBuilder md = new StringBuilder("**`" + name + "`**");
    md.append("\n\nNot defined here.");
    Optional<Variable> global = index.variables().global().variable(name);
    if (!(top instanceof From) && global.isPresent()) {
      md.append(
          global.get().definition().isPresent()
              ? " A global `ARG "
                  + name
                  + "` is declared on line "
                  + (global.get().definition().get().start().line() + 1)
                  + "; "
              : " It is an automatic platform ARG; ");
      md.append("add `ARG ").append(name).append("` in this stage to use it.");
    } else if (scope.baseImageUnknown()) {
      md.append(" The base image's environment may set it.");
    }
    return md.toString();
  }

  /** A stage: its base and where it is used. */
  static Part stage(InstructionIndex index, Stage s, SourceRange range) {
    StageBase base = index.variables().base(s);
    String name = s.name().orElse(Integer.toString(s.index()));
    StringBuilder md =
        new StringBuilder("**Stage `" + name + "`** (index " + s.index() + ", line ");
    md.append(s.from().range().start().line() + 1).append(")\n\n");
    String image = base.image().value().orElse(s.base().value());
    if (base.parent().isPresent()) {
      Stage p = base.parent().get();
      md.append("Built on stage `").append(p.name().orElse(image)).append("` (line ");
      md.append(p.from().range().start().line() + 1).append(").");
    } else {
      md.append("Base image: `").append(image).append('`');
      if (!image.equals(s.base().value())) {
        md.append(" (written `").append(s.base().value()).append("`)");
      }
      md.append('.');
    }
    List<String> uses = uses(index, s);
    md.append("\n\n");
    md.append(
        uses.isEmpty() ? "Not used by another stage." : "Used by: " + String.join(", ", uses));
    return new Part(md.toString(), range);
  }

  private static List<String> uses(InstructionIndex index, Stage s) {
    List<String> out = new ArrayList<>();
    for (Stage other : index.dockerfile().stages()) {
      if (index.variables().base(other).parent().map(p -> p == s).orElse(false)) {
        out.add("line " + (other.from().range().start().line() + 1) + " (`FROM`)");
      }
      for (Instruction i : other.instructions()) {
        if (i instanceof Copy c
            && c.copyFlags()
                .from()
                .flatMap(Flag::optionalValue)
                .flatMap(index.dockerfile()::stage)
                .map(x -> x == s)
                .orElse(false)) {
          out.add("line " + (i.range().start().line() + 1) + " (`COPY --from`)");
        }
        if (i instanceof Run r) {
          for (Mount m : r.runFlags().mounts()) {
            if (m.from().flatMap(index.dockerfile()::stage).map(x -> x == s).orElse(false)) {
              out.add("line " + (i.range().start().line() + 1) + " (`RUN --mount`)");
            }
          }
        }
      }
    }
    return out;
  }

  /** The per-version holder of the findings index (rebuilt when the findings change). */
  private record IndexKey(HoverService owner) {}

  private FindingsByLine indexed(DockerfileDocument doc) {
    List<Finding> all = findings.apply(doc);
    AtomicReference<FindingsByLine> holder =
        doc.memo(new IndexKey(this), () -> new AtomicReference<FindingsByLine>());
    FindingsByLine index = holder.get();
    if (index == null || !index.isOf(all)) {
      index = new FindingsByLine(all, doc.lines());
      holder.set(index);
    }
    return index;
  }

  /** The rule documentation of each lint finding at the offset. */
  private List<String> findingsAt(DockerfileDocument doc, int offset) {
    List<String> out = new ArrayList<>();
    for (Finding f : indexed(doc).at(doc.lines(), offset)) {
      StringBuilder md = new StringBuilder("**" + f.rule() + "** (");
      md.append(f.severity().name().toLowerCase(Locale.ROOT)).append("): ");
      md.append(f.message());
      Optional<RuleInfo> info = LintRules.find(f.rule());
      info.ifPresent(i -> md.append("\n\n").append(i.summary()));
      md.append("\n\n[").append(f.rule()).append(" documentation](").append(f.url()).append(')');
      out.add(md.toString());
    }
    return out;
  }
}
