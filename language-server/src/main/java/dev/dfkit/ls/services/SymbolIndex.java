package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.ProxyArgs;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every named thing of one Dockerfile version and every place it is written: stages and their
 * references ({@code FROM stage}, {@code COPY --from}, {@code RUN --mount=from=}), ARG and ENV
 * definitions with each variable use resolved as the build resolves it, and heredoc delimiters.
 * Built once per version ({@link #of}) and shared by definition, references, highlight, rename and
 * semantic tokens.
 *
 * <p>Variable scoping follows BuildKit: global ARGs (before the first FROM) are seen by FROM lines
 * and, inside a stage, only through an {@code ARG NAME} without a value, which takes the global
 * default; stage ARGs and ENVs reach the later instructions of their stage and the stages built
 * FROM it; an ENV wins over an ARG of the same name; CMD, ENTRYPOINT and HEALTHCHECK run in the
 * container, where only ENV is set. Definitions of one name that the build treats as the same
 * variable (a redefinition, a redeclared global, an inherited ENV set again) form one {@link
 * Symbol}.
 */
public final class SymbolIndex {

  /** What a symbol names. */
  public enum Kind {
    STAGE,
    VARIABLE,
    HEREDOC
  }

  /** How an occurrence writes the symbol. */
  public enum Role {
    /**
     * Where the name is given: {@code AS name}, {@code ARG NAME}, {@code ENV NAME=}, {@code <<EOF}.
     */
    DEFINITION,
    /** A use of the name. */
    REFERENCE,
    /** A stage used by its index ({@code --from=0}): not a name, never renamed. */
    INDEX
  }

  /** One stage, variable (all its linked definitions) or heredoc. */
  public static final class Symbol {
    private final Kind kind;
    private final String name;
    final List<Occurrence> occurrences = new ArrayList<>();
    final Set<Integer> stages = new LinkedHashSet<>();
    boolean global;
    boolean arg;
    boolean env;
    Stage stage;
    Instruction instruction;
    Heredoc heredoc;

    Symbol(Kind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    public Kind kind() {
      return kind;
    }

    /** The name as written at its first definition (a stage's is lower-cased, as BuildKit's). */
    public String name() {
      return name;
    }

    /** Every occurrence in document order. */
    public List<Occurrence> occurrences() {
      return Collections.unmodifiableList(occurrences);
    }

    /** For a variable: whether one of its definitions is a global ARG. */
    public boolean global() {
      return global;
    }

    /** For a variable: whether one of its definitions is an ARG. */
    public boolean isArg() {
      return arg;
    }

    /** For a variable: whether one of its definitions is an ENV. */
    public boolean isEnv() {
      return env;
    }

    /** For a variable: the indexes of the stages it is defined or used in. */
    public Set<Integer> stages() {
      return Collections.unmodifiableSet(stages);
    }

    /** For a stage symbol: the stage. */
    public Optional<Stage> stage() {
      return Optional.ofNullable(stage);
    }

    /** For a heredoc: the heredoc and the instruction holding it. */
    public Optional<Heredoc> heredoc() {
      return Optional.ofNullable(heredoc);
    }

    public Optional<Instruction> instruction() {
      return Optional.ofNullable(instruction);
    }

    /** The occurrences that define it. */
    public List<Occurrence> definitions() {
      return occurrences.stream().filter(o -> o.role() == Role.DEFINITION).toList();
    }

    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  /**
   * One place a symbol is written.
   *
   * @param range the name (or index) in the source
   * @param target where go-to-definition leads from here: the definition a use resolves to, the
   *     global ARG a bare {@code ARG NAME} in a stage takes its value from, the heredoc opener
   */
  public record Occurrence(Symbol symbol, SourceRange range, Role role, SourceRange target) {}

  /**
   * A variable use that no ARG or ENV of this file defines at that point.
   *
   * @param stage the stage it is in, -1 for global ARG defaults (FROM lines count as their stage)
   * @param predefined whether the builder sets it there (platform ARGs in FROM, proxy ARGs in RUN)
   */
  public record UnresolvedUse(String name, SourceRange range, int stage, boolean predefined) {}

  /**
   * A name used where a stage could be named that names no stage: an image in {@code FROM}, {@code
   * COPY --from} or {@code RUN --mount=from=}. A stage renamed to it would capture it.
   */
  public record ExternalName(String name, SourceRange range) {}

  /** ARGs the builder sets without any declaration (the platform ones reach FROM lines only). */
  public static final Set<String> PLATFORM_ARGS =
      Set.of(
          "TARGETPLATFORM",
          "TARGETOS",
          "TARGETARCH",
          "TARGETVARIANT",
          "TARGETOSVERSION",
          "TARGETSTAGE",
          "BUILDPLATFORM",
          "BUILDOS",
          "BUILDARCH",
          "BUILDVARIANT",
          "BUILDOSVERSION");

  private final Dockerfile dockerfile;
  private final List<Symbol> stageSymbols;
  private final List<Symbol> symbols;
  private final List<Occurrence> occurrences;
  private final int[] starts;
  private final List<UnresolvedUse> unresolved;
  private final List<ExternalName> externalNames;
  private final int[] parents;

  SymbolIndex(
      Dockerfile dockerfile,
      List<Symbol> stageSymbols,
      List<Symbol> symbols,
      List<Occurrence> occurrences,
      List<UnresolvedUse> unresolved,
      List<ExternalName> externalNames,
      int[] parents) {
    this.dockerfile = dockerfile;
    this.externalNames = externalNames;
    this.parents = parents;
    this.stageSymbols = stageSymbols;
    this.symbols = symbols;
    this.occurrences = occurrences;
    this.unresolved = unresolved;
    this.starts = new int[occurrences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = occurrences.get(i).range().startOffset();
    }
  }

  private record MemoKey() {}

  private static final MemoKey KEY = new MemoKey();

  /** The index of this document version, built on first use. */
  public static SymbolIndex of(DockerfileDocument doc) {
    return doc.memo(KEY, () -> build(doc.dockerfile()));
  }

  public static SymbolIndex build(Dockerfile dockerfile) {
    return new SymbolIndexBuilder(dockerfile).build();
  }

  public Dockerfile dockerfile() {
    return dockerfile;
  }

  /** Every symbol, stages first. */
  public List<Symbol> symbols() {
    return symbols;
  }

  /** The stage symbols, by stage index. */
  public List<Symbol> stages() {
    return stageSymbols;
  }

  /** Every occurrence of every symbol, in document order (they never overlap). */
  public List<Occurrence> occurrences() {
    return occurrences;
  }

  public List<UnresolvedUse> unresolved() {
    return unresolved;
  }

  public List<ExternalName> externalNames() {
    return externalNames;
  }

  /** The index of the stage a stage is built FROM, or -1 when it starts from an image. */
  public int parent(int stage) {
    return stage >= 0 && stage < parents.length ? parents[stage] : -1;
  }

  /** The stages built (directly or not) on one of {@code stages}, those included. */
  public Set<Integer> withDescendants(Set<Integer> stages) {
    Set<Integer> out = new LinkedHashSet<>(stages);
    for (int i = 0; i < parents.length; i++) {
      if (parents[i] >= 0 && out.contains(parents[i])) {
        out.add(i); // parents come before their children, so one pass is enough
      }
    }
    return out;
  }

  /**
   * The occurrence under a cursor: the one containing {@code offset}, or ending just there (a
   * cursor right after a name).
   */
  public Optional<Occurrence> at(int offset) {
    Optional<Occurrence> found = containing(offset);
    if (found.isEmpty()) {
      // On the $ or ${ of a reference: the variable it names.
      String text = dockerfile.text();
      int at = offset;
      boolean dollar = at < text.length() && text.charAt(at) == '$';
      boolean brace = at > 0 && at < text.length() && text.startsWith("${", at - 1);
      if (dollar || brace) {
        at++;
        if (dollar && at < text.length() && text.charAt(at) == '{') {
          at++;
        }
        Optional<Occurrence> named = containing(at);
        if (named.isPresent() && named.get().range().startOffset() == at) {
          return named;
        }
      }
    }
    return found;
  }

  private Optional<Occurrence> containing(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return Optional.empty();
    }
    Occurrence o = occurrences.get(found);
    return offset <= o.range().endOffset() ? Optional.of(o) : Optional.empty();
  }

  /** Whether {@code name} is a variable the builder sets (reserved for renames). */
  public static boolean isAutomatic(String name) {
    return PLATFORM_ARGS.contains(name)
        || ProxyArgs.contains(name)
        || name.startsWith("BUILDKIT_")
        || name.equals("SOURCE_DATE_EPOCH");
  }
}
