package dev.dfkit.ls.services;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.docs.FlagDoc;
import dev.dfkit.ls.services.docs.InstructionDocs;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.StageBase;
import dev.dfkit.parser.semantic.Variable;
import dev.dfkit.parser.semantic.VariableKind;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
      if (f.name().equals("from")
          && instruction instanceof Copy
          && f.hasValue()
          && Positions.touches(f.valueRange(), offset)) {
        return index.dockerfile().stage(f.value()).map(s -> stage(index, s, f.valueRange()));
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
            + i.severity().name().toLowerCase(java.util.Locale.ROOT)
            + ", "
            + i.source().name().toLowerCase(java.util.Locale.ROOT)
            + ")\n\n"
            + i.summary()
            + "\n\n["
            + i.id()
            + " documentation]("
            + i.url()
            + ")";
    return Optional.of(new Part(md, doc.lines().range(lineStart + start, lineStart + end)));
  }

  /** A variable at a point: its value and definition, or why it is not defined there. */
  static String variable(InstructionIndex index, Instruction top, int offset, String name) {
    VariableScope scope = index.scopeAt(top, offset);
    Optional<Variable> v = scope.variable(name);
    StringBuilder md = new StringBuilder("**`" + name + "`**");
    if (v.isPresent()) {
      Variable var = v.get();
      md.append(" — ").append(VariableKinds.label(var.kind()));
      md.append("\n\n");
      if (var.value() == null) {
        md.append("No value here: declared without a default (set it with `--build-arg ")
            .append(name)
            .append("=...`).");
      } else {
        md.append("Value: `").append(var.value()).append('`');
        if (var.kind() == VariableKind.PREDEFINED) {
          md.append(" (on this machine; the build sets it)");
        }
      }
      var.definition()
          .ifPresent(
              r -> md.append("\n\nDefined on line ").append(r.start().line() + 1).append('.'));
      return md.toString();
    }
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

  /** The rule documentation of each lint finding at the offset. */
  private List<String> findingsAt(DockerfileDocument doc, int offset) {
    List<String> out = new ArrayList<>();
    for (Finding f : findings.apply(doc)) {
      if (f.file().isEmpty() && Positions.touches(f.range(), offset)) {
        StringBuilder md = new StringBuilder("**" + f.rule() + "** (");
        md.append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append("): ");
        md.append(f.message());
        Optional<RuleInfo> info = LintRules.find(f.rule());
        info.ifPresent(i -> md.append("\n\n").append(i.summary()));
        md.append("\n\n[").append(f.rule()).append(" documentation](").append(f.url()).append(')');
        out.add(md.toString());
      }
    }
    return out;
  }
}
