package dev.dfkit.ls.services;

import dev.dfkit.lint.RuleInfo;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.docs.FlagDoc;
import dev.dfkit.ls.services.docs.InstructionDoc;
import dev.dfkit.ls.services.docs.InstructionDocs;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.Variable;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.source.LogicalText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemTag;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion: instructions, flags and their values, variables, stage names, build context paths,
 * parser directives and rule ids. Each item's edit replaces exactly what was typed of it, so
 * clients filter and insert consistently. Pure: reads the parsed document (and, for COPY/ADD
 * sources, the one context directory being typed).
 */
public final class CompletionService {

  /**
   * Characters after which clients should ask: a blank (next argument), {@code -} (flags), {@code
   * =} and {@code ,} (flag values, mount options), {@code $} and {@code {} (variables), {@code /}
   * (paths, protocols), {@code :} (platforms, user:group).
   */
  public static final List<String> TRIGGER_CHARACTERS =
      List.of(" ", "-", "=", ",", "$", "{", "/", ":");

  /** Asks the client to complete again after inserting {@code --mount=} or {@code type=}. */
  static final Command RETRIGGER = new Command("", "editor.action.triggerSuggest");

  private static final Set<String> NOT_IN_ONBUILD = Set.of("ONBUILD", "FROM", "MAINTAINER");
  private static final Pattern PRAGMA =
      Pattern.compile("#\\s*(?i:dflint|hadolint)\\s+(?i:global\\s+)?(?i:ignore)\\s*=(.*)");
  private static final Pattern CHECK = Pattern.compile("#\\s*(?i:check)\\s*=(.*)");
  private static final Pattern DIRECTIVE_NAME = Pattern.compile("#\\s*([A-Za-z]*)");
  private static final Pattern DIRECTIVE_VALUE = Pattern.compile("#\\s*([A-Za-z]+)\\s*=\\s*(\\S*)");
  private static final Pattern PORT = Pattern.compile("\\d+(-\\d+)?(/[a-z]*)?");

  public List<CompletionItem> complete(
      DockerfileDocument doc, Position pos, CompletionSettings settings, CancelChecker cancel) {
    return complete(doc, pos, settings, List.of(), cancel);
  }

  /**
   * Completion at {@code pos}; {@code open} are the documents open beside it (base images written
   * in them are offered after {@code FROM}).
   */
  public List<CompletionItem> complete(
      DockerfileDocument doc,
      Position pos,
      CompletionSettings settings,
      Collection<DockerfileDocument> open,
      CancelChecker cancel) {
    cancel.checkCanceled();
    Request r = new Request(doc, Positions.offset(doc.lines(), pos), settings, open, cancel);
    r.run();
    return r.items;
  }

  /** One completion request: where the cursor is and what it has collected. */
  private static final class Request implements ContextPaths.CompletionItemSink {
    final DockerfileDocument doc;
    final InstructionIndex index;
    final int offset;
    final CompletionSettings settings;
    final Collection<DockerfileDocument> open;
    final CancelChecker cancel;
    final List<CompletionItem> items = new ArrayList<>();

    Request(
        DockerfileDocument doc,
        int offset,
        CompletionSettings settings,
        Collection<DockerfileDocument> open,
        CancelChecker cancel) {
      this.doc = doc;
      this.index = InstructionIndex.of(doc);
      this.offset = offset;
      this.settings = settings;
      this.open = open;
      this.cancel = cancel;
    }

    void run() {
      String text = doc.text();
      int lineStart = doc.lines().lineStart(doc.lines().lineOf(offset));
      String linePrefix = text.substring(lineStart, offset);
      String stripped = linePrefix.stripLeading();
      Optional<Instruction> at = index.at(offset);
      if (at.isPresent() && InstructionIndex.inHeredoc(at.get(), offset)) {
        heredoc(at.get(), linePrefix, lineStart);
        return;
      }
      if (stripped.startsWith("#")) {
        comment(stripped, offset - stripped.length(), lineStart);
        return;
      }
      if (at.isEmpty()) {
        if (stripped.indexOf(' ') < 0 && stripped.indexOf('\t') < 0) {
          keywords(offset - stripped.length(), false);
        }
        return;
      }
      instruction(at.get());
    }

    /**
     * In a heredoc body only variables: a RUN script's shell sees the ARGs and ENVs, and COPY/ADD
     * expand them in the content unless the delimiter was quoted.
     */
    void heredoc(Instruction top, String linePrefix, int lineStart) {
      Instruction instruction = InstructionIndex.innermost(top, offset);
      for (Heredoc h : instruction.syntax().heredocs()) {
        boolean inBody =
            h.bodyRange().startOffset() <= offset && offset <= h.bodyRange().endOffset();
        boolean expands = instruction instanceof Run || h.expand();
        if (inBody && expands) {
          int wordStart = linePrefix.length();
          while (wordStart > 0 && !Character.isWhitespace(linePrefix.charAt(wordStart - 1))) {
            wordStart--;
          }
          LogicalText line = LogicalText.contiguous(linePrefix, doc.lines(), lineStart);
          variables(top, new Word(line, wordStart, linePrefix.substring(wordStart)));
          return;
        }
      }
    }

    // ---- instructions -----------------------------------------------------------------------

    void instruction(Instruction top) {
      LogicalText line = top.syntax().line();
      int idx = logicalIndex(line, top.range().startOffset());
      String prefix = line.text().substring(0, idx);
      int ws = firstBlank(prefix, 0);
      if (ws < 0) {
        keywords(line.sourceOffset(0), false);
        return;
      }
      String keyword = prefix.substring(0, ws).toUpperCase(Locale.ROOT);
      int restStart = ws;
      Instruction instruction = top;
      if (keyword.equals("ONBUILD")) {
        int triggerStart = skipBlanks(prefix, ws);
        int triggerEnd = firstBlank(prefix, triggerStart);
        if (triggerEnd < 0) {
          keywords(line.sourceOffset(triggerStart), true);
          return;
        }
        keyword = prefix.substring(triggerStart, triggerEnd).toUpperCase(Locale.ROOT);
        restStart = triggerEnd;
        instruction = InstructionIndex.innermost(top, offset);
      }
      List<int[]> words = words(prefix, restStart);
      boolean atNewWord = words.isEmpty() || words.get(words.size() - 1)[1] < prefix.length();
      int currentStart = atNewWord ? prefix.length() : words.get(words.size() - 1)[0];
      String current = prefix.substring(currentStart);
      List<String> previous = new ArrayList<>();
      for (int[] w : words) {
        if (w[0] < currentStart) {
          previous.add(prefix.substring(w[0], w[1]));
        }
      }
      Word word = new Word(line, currentStart, current);
      if (variables(top, word)) {
        return;
      }
      boolean onlyFlagsBefore = previous.stream().allMatch(w -> w.startsWith("--"));
      Optional<InstructionDoc> docs = InstructionDocs.find(keyword);
      if (onlyFlagsBefore && current.startsWith("-") && docs.isPresent()) {
        int eq = current.indexOf('=');
        if (eq < 0) {
          flags(docs.get(), instruction, word);
        } else if (eq >= 2 && current.startsWith("--")) {
          flagValue(keyword, current.substring(2, eq), word, eq + 1, instruction);
        }
        return;
      }
      if (onlyFlagsBefore && current.isEmpty() && docs.isPresent()) {
        flags(docs.get(), instruction, word);
      }
      int positional = (int) previous.stream().filter(w -> !w.startsWith("--")).count();
      if (!onlyFlagsBefore) {
        // Flags end at the first argument; later --words belong to the command.
        positional = previous.size() - leadingFlags(previous);
      }
      arguments(keyword, instruction, positional, word);
    }

    void arguments(String keyword, Instruction instruction, int positional, Word word) {
      String current = word.text;
      switch (keyword) {
        case "FROM" -> {
          if (positional == 0) {
            for (Stage s : earlierStages()) {
              s.name()
                  .ifPresent(
                      n ->
                          add(
                              n,
                              CompletionItemKind.Reference,
                              "stage " + s.index(),
                              "Build on stage `" + n + "` (line " + line(s) + ").",
                              word.from(0),
                              n));
            }
            add(
                "scratch",
                CompletionItemKind.Value,
                "empty base",
                "An empty filesystem: for images holding only a static binary.",
                word.from(0),
                "scratch");
            usedImages(word);
            globalArgForms(word);
          } else if (positional == 1) {
            add(
                "AS",
                CompletionItemKind.Keyword,
                "AS <name>",
                "Names the stage for `COPY --from` and `--target`.",
                word.from(0),
                "AS ");
          }
        }
        case "COPY", "ADD" -> {
          boolean fromStage = instruction instanceof Copy c && c.copyFlags().from().isPresent();
          if (!fromStage) {
            ContextPaths.complete(doc, settings, word.from(0), current, this);
          }
        }
        case "EXPOSE" -> {
          if (PORT.matcher(current).matches()) {
            int slash = current.indexOf('/');
            if (slash < 0) {
              for (FlagValues.Value v : FlagValues.PROTOCOLS) {
                String label = current + "/" + v.label();
                add(
                    label,
                    CompletionItemKind.Value,
                    v.label(),
                    v.description(),
                    word.from(0),
                    label);
              }
            } else {
              values(
                  FlagValues.PROTOCOLS,
                  "EXPOSE protocol",
                  word.from(slash + 1),
                  CompletionItemKind.Value);
            }
          }
        }
        case "STOPSIGNAL" -> {
          if (positional == 0) {
            values(FlagValues.SIGNALS, "stop signal", word.from(0), CompletionItemKind.Value);
          }
        }
        case "HEALTHCHECK" -> {
          if (positional == 0) {
            for (FlagValues.Value v : FlagValues.HEALTHCHECK_TYPES) {
              String newText =
                  v.label().equals("CMD") && settings.snippets()
                      ? "CMD ${1:command}"
                      : v.label().equals("CMD") ? "CMD " : v.label();
              add(
                      v.label(),
                      CompletionItemKind.Keyword,
                      "HEALTHCHECK " + v.label(),
                      v.description(),
                      word.from(0),
                      newText)
                  .setInsertTextFormat(
                      settings.snippets() ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
            }
          }
        }
        case "ARG" -> {
          if (current.indexOf('=') < 0 && !(instruction.range().startOffset() < firstFrom())) {
            argNames(instruction, word);
          }
        }
        default -> {}
      }
    }

    /** ARG names worth redeclaring in a stage: the global ARGs and the platform ARGs. */
    void argNames(Instruction instruction, Word word) {
      VariableScope scope = index.scopeAt(instruction, offset);
      Set<String> seen = new HashSet<>(scope.names());
      for (Variable v : index.variables().global().variables()) {
        if (v.definition().isPresent() && seen.add(v.name())) {
          add(
              v.name(),
              CompletionItemKind.Variable,
              "global ARG",
              "Declared before the first FROM (line "
                  + (v.definition().get().start().line() + 1)
                  + "); `ARG "
                  + v.name()
                  + "` makes it visible in this stage.",
              word.from(0),
              v.name());
        }
      }
      for (FlagValues.Value v : FlagValues.PLATFORM_ARGS) {
        if (seen.add(v.label())) {
          add(
              v.label(),
              CompletionItemKind.Variable,
              "automatic platform ARG",
              v.description(),
              word.from(0),
              v.label());
        }
      }
    }

    int firstFrom() {
      List<Stage> stages = index.dockerfile().stages();
      return stages.isEmpty() ? Integer.MAX_VALUE : stages.get(0).from().range().startOffset();
    }

    // ---- keywords and flags -----------------------------------------------------------------

    void keywords(int start, boolean trigger) {
      for (InstructionDoc d : InstructionDocs.all()) {
        if (trigger && NOT_IN_ONBUILD.contains(d.keyword())) {
          continue;
        }
        boolean snippet = settings.snippets() && !d.snippet().isEmpty();
        CompletionItem item =
            add(
                d.keyword(),
                CompletionItemKind.Keyword,
                d.syntax().get(0),
                d.toMarkdown(),
                start,
                snippet ? d.snippet() : d.keyword() + " ");
        item.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        if (d.keyword().equals("MAINTAINER")) {
          item.setTags(List.of(CompletionItemTag.Deprecated));
        }
      }
    }

    void flags(InstructionDoc docs, Instruction instruction, Word word) {
      Set<String> present = new HashSet<>();
      for (Flag f : instruction.flags()) {
        if (!(f.range().startOffset() <= offset && offset <= f.range().endOffset())) {
          present.add(f.name());
        }
      }
      for (FlagDoc f : docs.flags()) {
        if (present.contains(f.name()) && !f.repeatable()) {
          continue;
        }
        boolean takesValue = !f.optionalValue();
        CompletionItem item =
            add(
                "--" + f.name(),
                CompletionItemKind.Property,
                f.usage(),
                f.toMarkdown(),
                word.from(0),
                "--" + f.name() + (takesValue ? "=" : ""));
        if (takesValue) {
          retrigger(item);
        }
      }
    }

    void flagValue(
        String keyword, String flag, Word word, int valueStart, Instruction instruction) {
      int start = word.from(valueStart);
      switch (flag) {
        case "platform" ->
            values(FlagValues.PLATFORMS, "platform", start, CompletionItemKind.Value);
        case "network" ->
            values(
                keyword.equals("RUN") ? FlagValues.NETWORK : List.of(),
                "network mode",
                start,
                CompletionItemKind.EnumMember);
        case "security" ->
            values(
                keyword.equals("RUN") ? FlagValues.SECURITY : List.of(),
                "security mode",
                start,
                CompletionItemKind.EnumMember);
        case "link", "parents", "keep-git-dir", "unpack" ->
            values(FlagValues.BOOLEAN, "--" + flag + " value", start, CompletionItemKind.Value);
        case "from" -> {
          if (keyword.equals("COPY")) {
            stages(start);
          }
        }
        case "checksum" ->
            add(
                "sha256:",
                CompletionItemKind.Value,
                "digest algorithm",
                "The expected SHA-256 digest of the source follows.",
                start,
                "sha256:");
        case "mount" -> {
          if (keyword.equals("RUN")) {
            mount(word, valueStart, instruction);
          }
        }
        default -> {}
      }
    }

    void mount(Word word, int valueStart, Instruction instruction) {
      String typed = word.text.substring(valueStart);
      String whole = typed;
      for (Flag f : instruction.flags()) {
        if (f.name().equals("mount")
            && f.hasValue()
            && f.range().startOffset() <= offset
            && offset <= f.range().endOffset()) {
          whole = f.value();
        }
      }
      Set<String> keys = new HashSet<>();
      String type = null;
      for (String field : whole.split(",")) {
        int eq = field.indexOf('=');
        String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
        keys.add(key);
        if (key.equals("type") && eq >= 0) {
          type = field.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
        }
      }
      int fieldStart = valueStart + typed.lastIndexOf(',') + 1;
      String field = word.text.substring(fieldStart);
      int eq = field.indexOf('=');
      if (eq >= 0) {
        int start = word.from(fieldStart + eq + 1);
        switch (field.substring(0, eq).toLowerCase(Locale.ROOT)) {
          case "type" ->
              values(FlagValues.MOUNT_TYPES, "mount type", start, CompletionItemKind.EnumMember);
          case "sharing" ->
              values(FlagValues.SHARING, "cache sharing", start, CompletionItemKind.EnumMember);
          case "from" -> stages(start);
          case "required", "ro", "rw", "readonly", "readwrite" ->
              values(FlagValues.BOOLEAN, "mount option value", start, CompletionItemKind.Value);
          default -> {}
        }
        return;
      }
      int start = word.from(fieldStart);
      if (type == null) {
        retrigger(
            add("type", CompletionItemKind.Property, "mount type", typeDoc(), start, "type="));
      }
      List<FlagValues.Value> options =
          FlagValues.MOUNT_OPTIONS.getOrDefault(type == null ? "bind" : type, List.of());
      for (FlagValues.Value o : options) {
        if (keys.contains(o.label()) && !field.equalsIgnoreCase(o.label())) {
          continue;
        }
        boolean bare = FlagValues.isBare(o.label());
        CompletionItem item =
            add(
                o.label(),
                CompletionItemKind.Property,
                (type == null ? "bind" : type) + " mount option",
                o.description(),
                start,
                o.label() + (bare ? "" : "="));
        if (!bare) {
          retrigger(item);
        }
      }
    }

    static String typeDoc() {
      StringBuilder b = new StringBuilder("The kind of mount:\n");
      for (FlagValues.Value v : FlagValues.MOUNT_TYPES) {
        b.append("\n- `").append(v.label()).append("`: ").append(v.description());
      }
      return b.toString();
    }

    /**
     * Base images already written in this document's other FROMs and in the other open documents
     * (the ones a project keeps using), as written; stages, {@code scratch} and references with
     * variables left out.
     */
    void usedImages(Word word) {
      Set<String> seen = new HashSet<>();
      imagesIn(doc, index.stageAt(offset).map(Stage::index).orElse(-1), word, seen);
      for (DockerfileDocument other : open) {
        if (!other.uri().equals(doc.uri())) {
          imagesIn(other, -1, word, seen);
        }
      }
    }

    private void imagesIn(DockerfileDocument d, int skipStage, Word word, Set<String> seen) {
      cancel.checkCanceled();
      Dockerfile df = d.dockerfile();
      Set<String> stageNames = new HashSet<>();
      for (Stage s : df.stages()) {
        String image = df.text(s.base().range());
        boolean stage = stageNames.contains(image.toLowerCase(Locale.ROOT));
        s.name().ifPresent(stageNames::add);
        if (s.index() == skipStage
            || stage
            || image.isEmpty()
            || image.equals("scratch")
            || image.indexOf('$') >= 0
            || !seen.add(image)) {
          continue;
        }
        int line = s.from().range().start().line() + 1;
        String where = d == doc ? "line " + line : fileName(d) + ", line " + line;
        add(
                image,
                CompletionItemKind.Module,
                "base image used before",
                "Already the base image on " + where + ".",
                word.from(0),
                image)
            .setSortText("~1" + image);
      }
    }

    private static String fileName(DockerfileDocument d) {
      String uri = d.uri();
      return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** {@code ${NAME}} for each global ARG: FROM sees only those (a base image chosen by ARG). */
    void globalArgForms(Word word) {
      for (Arg arg : index.dockerfile().globalArgs()) {
        for (ArgDeclaration d : arg.declarations()) {
          String name = d.name().value();
          String form = "${" + name + "}";
          String value = d.defaultValue().map(v -> " = `" + v.value() + "`").orElse("");
          add(
                  form,
                  CompletionItemKind.Variable,
                  "global ARG",
                  "The base image from the build argument `" + name + "`" + value + ".",
                  word.from(0),
                  form)
              .setSortText("~2" + name);
        }
      }
    }

    /** Names and indexes of the stages before the cursor's. */
    void stages(int start) {
      for (Stage s : earlierStages()) {
        String detail = "stage " + s.index() + ": FROM " + s.base().value();
        String doc = "Line " + line(s) + ".";
        s.name().ifPresent(n -> add(n, CompletionItemKind.Reference, detail, doc, start, n));
        String i = Integer.toString(s.index());
        add(i, CompletionItemKind.Reference, detail, doc, start, i).setSortText("~" + i);
      }
    }

    List<Stage> earlierStages() {
      Optional<Stage> current = index.stageAt(offset);
      List<Stage> all = index.dockerfile().stages();
      int end = current.map(Stage::index).orElse(0);
      return all.subList(0, Math.min(end, all.size()));
    }

    int line(Stage s) {
      return s.from().range().start().line() + 1;
    }

    // ---- variables --------------------------------------------------------------------------

    /** Completes a name after {@code $} or {@code ${}; true when the cursor is in one. */
    boolean variables(Instruction top, Word word) {
      String current = word.text;
      int dollar = current.lastIndexOf('$');
      if (dollar < 0) {
        return false;
      }
      char escape = index.dockerfile().escape();
      if (dollar > 0 && current.charAt(dollar - 1) == escape) {
        return false;
      }
      boolean braced = dollar + 1 < current.length() && current.charAt(dollar + 1) == '{';
      int nameStart = dollar + 1 + (braced ? 1 : 0);
      String name = current.substring(nameStart);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*|")) {
        return false;
      }
      String text = doc.text();
      boolean closed = offset < text.length() && text.charAt(offset) == '}';
      String close = braced && !closed ? "}" : "";
      int start = word.from(nameStart);
      VariableScope scope = index.scopeAt(top, offset);
      Set<String> seen = new HashSet<>();
      for (Variable v : scope.variables()) {
        seen.add(v.name());
        add(
                v.name(),
                CompletionItemKind.Variable,
                VariableKinds.label(v.kind()),
                variableDoc(v),
                start,
                v.name() + close)
            .setSortText("0" + v.name());
      }
      boolean inFrom = top instanceof From;
      for (FlagValues.Value v : FlagValues.PLATFORM_ARGS) {
        if (seen.add(v.label())) {
          add(
                  v.label(),
                  CompletionItemKind.Variable,
                  "automatic platform ARG",
                  v.description()
                      + (inFrom
                          ? ""
                          : "\n\nNot visible here until `ARG " + v.label() + "` in this stage."),
                  start,
                  v.label() + close)
              .setSortText("1" + v.label());
        }
      }
      for (FlagValues.Value v : FlagValues.PROXY_ARGS) {
        if (seen.add(v.label())) {
          add(
                  v.label(),
                  CompletionItemKind.Variable,
                  "predefined proxy ARG",
                  v.description() + " Set with `--build-arg`; RUN sees it without an ARG.",
                  start,
                  v.label() + close)
              .setSortText("2" + v.label());
        }
      }
      return true;
    }

    static String variableDoc(Variable v) {
      String where =
          v.definition().map(r -> "Defined on line " + (r.start().line() + 1) + ".").orElse("");
      String value =
          v.value() == null ? "No value (set with `--build-arg`)." : "`" + v.value() + "`";
      return (value + "\n\n" + where).strip();
    }

    // ---- comments ---------------------------------------------------------------------------

    void comment(String text, int start, int lineStart) {
      Matcher pragma = PRAGMA.matcher(text);
      if (pragma.matches()) {
        String list = pragma.group(1);
        int last = Math.max(list.lastIndexOf(','), Math.max(list.lastIndexOf(' '), -1)) + 1;
        rules(LintRules.all(), offset - (list.length() - last), false);
        return;
      }
      Matcher check = CHECK.matcher(text);
      if (check.matches()) {
        checkOptions(check.group(1));
        return;
      }
      if (!atTop(lineStart)) {
        return;
      }
      Matcher value = DIRECTIVE_VALUE.matcher(text);
      if (value.matches()) {
        int valueStart = offset - value.group(2).length();
        switch (value.group(1).toLowerCase(Locale.ROOT)) {
          case "syntax" ->
              values(
                  FlagValues.SYNTAX_IMAGES,
                  "Dockerfile frontend",
                  valueStart,
                  CompletionItemKind.Value);
          case "escape" ->
              values(FlagValues.ESCAPES, "escape character", valueStart, CompletionItemKind.Value);
          default -> {}
        }
        return;
      }
      Matcher name = DIRECTIVE_NAME.matcher(text);
      if (name.matches()) {
        int nameStart = offset - name.group(1).length();
        String[][] directives = {
          {Directive.SYNTAX, "The frontend image that builds this file, `docker/dockerfile:1`."},
          {Directive.ESCAPE, "The escape character: `\\` (default) or `` ` ``."},
          {Directive.CHECK, "Build checks: `skip=<rules|all>`, `error=<bool>`, `experimental=`."}
        };
        for (String[] d : directives) {
          if (index.dockerfile().directive(d[0]).isEmpty()) {
            retrigger(
                add(
                    d[0],
                    CompletionItemKind.Keyword,
                    "parser directive",
                    d[1],
                    nameStart,
                    d[0] + "="));
          }
        }
      }
    }

    /** True when only parser directives come before the line: where directives are read. */
    boolean atTop(int lineStart) {
      for (Element e : index.dockerfile().elements()) {
        if (e.range().startOffset() >= lineStart) {
          return true;
        }
        if (!(e instanceof Directive)) {
          return false;
        }
      }
      return true;
    }

    void checkOptions(String value) {
      int partStart = value.lastIndexOf(';') + 1;
      String part = value.substring(partStart);
      String lead = part.stripLeading();
      int eq = lead.indexOf('=');
      if (eq < 0) {
        int start = offset - lead.length();
        String[][] keys = {
          {"skip", "Rules not to run: names separated by commas, or `all`."},
          {"error", "`true`: a failing check fails the build."},
          {"experimental", "Experimental rules to run, or `all`."}
        };
        for (String[] k : keys) {
          retrigger(
              add(k[0], CompletionItemKind.Property, "check option", k[1], start, k[0] + "="));
        }
        return;
      }
      String key = lead.substring(0, eq).strip();
      String after = lead.substring(eq + 1);
      int itemStart = offset - (after.length() - (after.lastIndexOf(',') + 1));
      switch (key) {
        case "skip", "experimental" -> {
          List<RuleInfo> rules =
              LintRules.buildKit().stream()
                  .filter(i -> key.equals("experimental") == i.experimental())
                  .toList();
          rules(rules, itemStart, true);
        }
        case "error" ->
            values(
                FlagValues.BOOLEAN,
                "check option value",
                offset - after.length(),
                CompletionItemKind.Value);
        default -> {}
      }
    }

    void rules(List<RuleInfo> rules, int start, boolean withAll) {
      if (withAll) {
        add("all", CompletionItemKind.Constant, "every rule", "Every check.", start, "all");
      }
      for (RuleInfo i : rules) {
        add(
            i.id(),
            CompletionItemKind.Constant,
            i.source().name().toLowerCase(Locale.ROOT) + " rule",
            i.summary() + "\n\n[" + i.id() + "](" + i.url() + ")",
            start,
            i.id());
      }
    }

    // ---- items ------------------------------------------------------------------------------

    void values(List<FlagValues.Value> values, String detail, int start, CompletionItemKind kind) {
      for (FlagValues.Value v : values) {
        add(v.label(), kind, detail, v.description(), start, v.label());
      }
    }

    /** Completion again right after this item, when the client runs VS Code's command for it. */
    void retrigger(CompletionItem item) {
      if (settings.retrigger()) {
        item.setCommand(RETRIGGER);
      }
    }

    @Override
    public CompletionItem add(
        String label,
        CompletionItemKind kind,
        String detail,
        String markdown,
        int start,
        String newText) {
      CompletionItem item = new CompletionItem(label);
      int from = Math.min(start, offset);
      item.setKind(kind);
      item.setDetail(detail);
      if (markdown != null) {
        item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, markdown));
      }
      item.setTextEdit(
          Either.forLeft(new TextEdit(Positions.range(doc.lines(), from, offset), newText)));
      item.setInsertTextFormat(InsertTextFormat.PlainText);
      items.add(item);
      return item;
    }

    /** The cursor's index in the logical line (continuations left out). */
    int logicalIndex(LogicalText line, int instructionStart) {
      for (int o = offset - 1; o >= instructionStart; o--) {
        int i = line.indexOfSource(o);
        if (i >= 0) {
          return i + 1;
        }
      }
      return 0;
    }
  }

  /** The word being typed: its text up to the cursor and where it starts in the logical line. */
  private record Word(LogicalText line, int start, String text) {

    /** Source offset of the word's character {@code i} (the cursor for the word's end). */
    int from(int i) {
      return line.sourceOffset(Math.min(start + i, line.length()));
    }
  }

  /** Word spans [start, end) after {@code from}, split at blanks outside quotes. */
  static List<int[]> words(String s, int from) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < s.length()) {
      while (i < s.length() && isBlank(s.charAt(i))) {
        i++;
      }
      if (i >= s.length()) {
        break;
      }
      int start = i;
      char quote = 0;
      while (i < s.length() && (quote != 0 || !isBlank(s.charAt(i)))) {
        char c = s.charAt(i);
        if (quote == 0 && (c == '"' || c == '\'')) {
          quote = c;
        } else if (quote == c) {
          quote = 0;
        }
        i++;
      }
      out.add(new int[] {start, i});
    }
    return out;
  }

  private static int leadingFlags(List<String> words) {
    int n = 0;
    while (n < words.size() && words.get(n).startsWith("--")) {
      n++;
    }
    return n;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static int firstBlank(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (isBlank(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
