package dev.dfkit.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.semantic.ProxyArgs;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * ShellCheck on every shell-form RUN and RUN heredoc script, when the {@code shellcheck} binary is
 * installed (silently off otherwise; {@code dflint --list-rules} says which). Each script is
 * checked with its stage's SHELL dialect and with the ARG/ENV names in scope declared, and every
 * SCxxxx finding is mapped back to its exact line and column in the Dockerfile (continued lines
 * included). Findings carry ShellCheck's codes, so {@code # hadolint ignore=SC2086} and
 * configuration work on them.
 */
@RuleInfo(
    id = ShellCheck.ID,
    name = "shellcheck",
    severity = LintSeverity.INFO,
    summary =
        "ShellCheck's findings in RUN commands and heredoc scripts (when shellcheck is installed)",
    url = "https://www.shellcheck.net/",
    source = RuleSource.SHELLCHECK)
public final class ShellCheck implements Rule {

  public static final String ID = "ShellCheck";

  /** Where each finding's code is explained. */
  private static final String WIKI = "https://www.shellcheck.net/wiki/";

  // As hadolint: 2187 (ash), 1090/1091 (sourcing needs a directive a Dockerfile cannot hold).
  private static final String EXCLUDED = "2187,1090,1091";

  /** Created on first use: only a run that starts shellcheck pays for jackson-databind. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** One script handed to ShellCheck: its text (mapped to the Dockerfile) and its header. */
  private record Script(LogicalText text, String dialect, List<String> variables) {
    String header() {
      StringBuilder h = new StringBuilder("#!/bin/").append(dialect).append('\n');
      for (String v : variables) {
        h.append("export ").append(v).append("=1\n");
      }
      return h.toString();
    }

    int headerLines() {
      return 1 + variables.size();
    }

    /** What shellcheck reads: everything its findings depend on. */
    String key() {
      return header() + text.text() + "\n";
    }
  }

  /** False for {@link #fromMemory}: only scripts checked before are answered. */
  private final boolean startsProcesses;

  /** The rule as dflint runs it: scripts not checked before go to {@code shellcheck}. */
  public ShellCheck() {
    this(true);
  }

  private ShellCheck(boolean startsProcesses) {
    this.startsProcesses = startsProcesses;
  }

  /**
   * The rule without its slow part: the findings of the scripts checked before in this process,
   * nothing for the others. The language server shows these at once, with the other rules, so
   * ShellCheck's findings on the RUNs an edit did not touch stay on screen while {@code shellcheck}
   * checks the edited one.
   */
  public static ShellCheck fromMemory() {
    return new ShellCheck(false);
  }

  /**
   * True for the findings this rule reports: ShellCheck's, which carry its codes (SCxxxx), and any
   * under the rule's own id.
   */
  public static boolean reported(Finding f) {
    return f.rule().equals(ID)
        || (f.url() != null && f.url().startsWith(WIKI) && f.rule().startsWith("SC"));
  }

  @Override
  public void check(LintContext context) {
    if (!context.config().shellcheck()) {
      return;
    }
    Optional<Path> binary = Binary.find();
    if (binary.isEmpty() || (!startsProcesses && KNOWN.isEmpty())) {
      return; // (from memory with nothing in it: spare the work of listing the scripts)
    }
    List<Script> scripts = scripts(context);
    if (scripts.isEmpty()) {
      return;
    }
    // Scripts checked before (in this process: the language server, or one dflint run over many
    // files that repeat their RUNs) are answered from memory; only the others go to shellcheck.
    List<List<JsonNode>> found = new ArrayList<>();
    List<Integer> unknown = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      List<JsonNode> known = KNOWN.get(scripts.get(i).key());
      found.add(known);
      if (known == null) {
        unknown.add(i);
      }
    }
    if (startsProcesses && !unknown.isEmpty() && !checkAll(binary.get(), scripts, unknown, found)) {
      return;
    }
    for (int i = 0; i < scripts.size(); i++) {
      if (found.get(i) != null) {
        for (JsonNode c : found.get(i)) {
          report(context, scripts.get(i), c);
        }
      }
    }
  }

  /** Findings by script (header and text), shared by every lint in this process. */
  private static final ScriptResults KNOWN = new ScriptResults(4096);

  /**
   * Checks the scripts at {@code indexes}, in one shellcheck process, or one per processor when
   * there are many (a long Dockerfile in an editor); false when shellcheck could not be run.
   */
  private static boolean checkAll(
      Path binary, List<Script> scripts, List<Integer> indexes, List<List<JsonNode>> found) {
    int processes =
        indexes.size() >= 16 ? Math.min(Runtime.getRuntime().availableProcessors(), 4) : 1;
    List<List<Integer>> chunks = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      chunks.add(new ArrayList<>());
    }
    for (int k = 0; k < indexes.size(); k++) {
      chunks.get(k % processes).add(indexes.get(k));
    }
    List<java.util.concurrent.CompletableFuture<Boolean>> running = new ArrayList<>();
    for (int p = 1; p < processes; p++) {
      List<Integer> chunk = chunks.get(p);
      running.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> checkChunk(binary, scripts, chunk, found)));
    }
    boolean ok = checkChunk(binary, scripts, chunks.get(0), found);
    for (var r : running) {
      ok &= r.join();
    }
    return ok;
  }

  private static boolean checkChunk(
      Path binary, List<Script> scripts, List<Integer> chunk, List<List<JsonNode>> found) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dflint-shellcheck");
      List<String> command =
          new ArrayList<>(List.of(binary.toString(), "-f", "json1", "-e", EXCLUDED));
      Map<Integer, List<JsonNode>> byScript = new java.util.HashMap<>();
      for (int i : chunk) {
        Path f = dir.resolve("run" + i + ".sh");
        Files.writeString(f, scripts.get(i).key());
        command.add(f.toString());
        byScript.put(i, new ArrayList<>());
      }
      JsonNode result = run(command, dir);
      if (result == null) {
        return false;
      }
      for (JsonNode c : result.path("comments")) {
        String file = Path.of(c.path("file").asText()).getFileName().toString();
        byScript.get(Integer.parseInt(file.substring(3, file.length() - 3))).add(c);
      }
      for (Map.Entry<Integer, List<JsonNode>> e : byScript.entrySet()) {
        List<JsonNode> comments = List.copyOf(e.getValue());
        KNOWN.put(scripts.get(e.getKey()).key(), comments);
        synchronized (found) {
          found.set(e.getKey(), comments);
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      // ShellCheck is an optional helper: a failure to run it costs its findings, nothing else.
      return false;
    } finally {
      delete(dir);
    }
  }

  private static void report(LintContext context, Script script, JsonNode c) {
    int header = script.headerLines();
    String text = script.text().text();
    int start = offset(text, c.path("line").asInt() - 1 - header, c.path("column").asInt() - 1);
    int end = offset(text, c.path("endLine").asInt() - 1 - header, c.path("endColumn").asInt() - 1);
    if (start < 0) {
      return; // in the header we wrote: not the user's
    }
    end = Math.max(start, end < 0 ? start : end);
    SourceRange range = script.text().range(start, end);
    String code = "SC" + c.path("code").asInt();
    LintSeverity severity = LintSeverity.parse(c.path("level").asText()).orElse(LintSeverity.INFO);
    context.reportAs(
        code, severity, range, c.path("message").asText(), WIKI + code, Optional.empty());
  }

  /** The text offset of a 0-based line and a 0-based column counted in code points. */
  private static int offset(String text, int line, int column) {
    if (line < 0) {
      return -1;
    }
    int i = 0;
    for (int l = 0; l < line; l++) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      i = nl + 1;
    }
    for (int col = 0; col < column && i < text.length() && text.charAt(i) != '\n'; col++) {
      i += Character.charCount(text.codePointAt(i));
    }
    return Math.min(i, text.length());
  }

  /** Every script a RUN runs through the shell, with the dialect of its stage. */
  private static List<Script> scripts(LintContext context) {
    List<Script> out = new ArrayList<>();
    Map<Stage, Optional<String>> shells = new IdentityHashMap<>();
    for (Stage stage : context.dockerfile().stages()) {
      Optional<String> dialect =
          context.variables().base(stage).parent().map(shells::get).orElse(Optional.of("sh"));
      for (Instruction i : stage.instructions()) {
        if (i instanceof Shell shell) {
          dialect = dialect(shell.shell());
        } else if (i instanceof Run run && dialect.isPresent()) {
          script(context, run, dialect.get()).ifPresent(out::add);
        }
      }
      shells.put(stage, dialect);
    }
    return out;
  }

  private static Optional<Script> script(LintContext context, Run run, String stageDialect) {
    if (!(run.command() instanceof ShellForm shell) || shell.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>(ProxyArgs.NAMES);
    for (String n : context.variables().before(run).names()) {
      if (n.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        names.add(n);
      }
    }
    List<String> variables = new ArrayList<>(names);
    List<Heredoc> heredocs = run.syntax().heredocs();
    String command = shell.text().strip();
    if (!heredocs.isEmpty() && command.matches("[0-9]*<<-?\\S+")) {
      // RUN <<EOF: the body is the script; a shebang may pick another interpreter.
      Heredoc h = heredocs.get(0);
      String body = h.effectiveContent();
      String dialect = stageDialect;
      if (body.startsWith("#!")) {
        Optional<String> fromShebang = dialect(body.lines().findFirst().orElse(""));
        if (fromShebang.isEmpty()) {
          return Optional.empty();
        }
        dialect = fromShebang.get();
      }
      if (h.chomp()) {
        return Optional.empty(); // tab-stripped text no longer maps column for column
      }
      LogicalText text =
          LogicalText.contiguous(body, context.dockerfile().lines(), h.bodyRange().startOffset());
      return Optional.of(new Script(text, dialect, variables));
    }
    LogicalText text = shell.script();
    if (!heredocs.isEmpty()) {
      // The shell gets the line and the heredoc bodies after it, as BuildKit passes them.
      LogicalText.Builder b = LogicalText.builder(context.dockerfile().lines());
      b.append(text);
      for (Heredoc h : heredocs) {
        if (h.chomp() || h.bodyRange().startOffset() == 0) {
          return Optional.empty();
        }
        b.append("\n", h.bodyRange().startOffset() - 1);
        b.append(h.content(), h.bodyRange().startOffset());
        b.append(h.name(), h.terminatorRange().startOffset());
      }
      text = b.build(text.endOffset());
    }
    return Optional.of(new Script(text, stageDialect, variables));
  }

  /** ShellCheck's dialect for a SHELL array or a shebang line; empty for shells it cannot check. */
  static Optional<String> dialect(List<Word> shell) {
    return shell.isEmpty() ? Optional.empty() : dialect(shell.get(0).value());
  }

  static Optional<String> dialect(String executableOrShebang) {
    String s =
        executableOrShebang.startsWith("#!")
            ? executableOrShebang.substring(2).strip()
            : executableOrShebang;
    String[] parts = s.split("\\s+");
    String exe = parts[0];
    if (exe.endsWith("/env") && parts.length > 1) {
      exe = parts[1];
    }
    String name = exe.substring(exe.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "sh", "ash", "busybox" -> Optional.of("sh");
      case "dash" -> Optional.of("dash");
      case "bash" -> Optional.of("bash");
      case "ksh", "mksh", "pdksh" -> Optional.of("ksh");
      default -> Optional.empty();
    };
  }

  private static JsonNode run(List<String> command, Path dir) throws IOException {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
    p.getOutputStream().close();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      return null;
    }
    String text = new String(out, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? null : Json.MAPPER.readTree(text);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp file left behind is harmless
    }
  }

  /** The shellcheck binary: {@code DFLINT_SHELLCHECK}, else {@code shellcheck} on PATH. */
  public static final class Binary {
    private static volatile Optional<Path> found;

    private Binary() {}

    public static Optional<Path> find() {
      Optional<Path> f = found;
      if (f == null) {
        f = locate();
        found = f;
      }
      return f;
    }

    private static Optional<Path> locate() {
      String override = System.getenv("DFLINT_SHELLCHECK");
      if (override != null && !override.isBlank()) {
        Path p = Path.of(override);
        return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
      }
      String path = System.getenv("PATH");
      if (path == null) {
        return Optional.empty();
      }
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, "shellcheck");
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }
}
