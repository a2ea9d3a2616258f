package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.GoGlob;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.VariableScope;
import dev.dfkit.parser.syntax.HeredocWords;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A COPY or ADD source that BuildKit reads from the main build context: not {@code COPY --from},
 * not a URL or git repository, not a heredoc. Its value is the word after variable expansion with
 * the variables known at the instruction.
 *
 * @param instruction the COPY or ADD
 * @param command {@code Copy} or {@code Add}, as BuildKit's messages name it
 * @param word the source word as written (findings point at it)
 * @param value the expanded value
 * @param certain false when the value depends on something the linter does not know: a variable
 *     that is not set here (the base image may set it) or one that changes with the build platform
 * @param parents whether {@code COPY --parents} is in effect
 * @param excludes the instruction's {@code --exclude} patterns, matched relative to what each
 *     source copies
 */
record ContextSource(
    Instruction instruction,
    String command,
    Word word,
    String value,
    boolean certain,
    boolean parents,
    DockerIgnore excludes) {

  /** Predefined ARGs whose value depends on the build (platform, target). */
  private static final Set<String> BUILD_DEPENDENT =
      Set.of(
          "BUILDPLATFORM",
          "BUILDOS",
          "BUILDOSVERSION",
          "BUILDARCH",
          "BUILDVARIANT",
          "TARGETPLATFORM",
          "TARGETOS",
          "TARGETOSVERSION",
          "TARGETARCH",
          "TARGETVARIANT",
          "TARGETSTAGE");

  /** gitutil's scheme test. */
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z0-9]+)://([^/?#]*)([^?#]*)");

  /** sshutil's scp-style git URL ({@code git@github.com:org/repo.git}). */
  private static final Pattern SCP =
      Pattern.compile("^[a-zA-Z0-9_-]+@[a-zA-Z0-9.-]+:.*$", Pattern.DOTALL);

  /**
   * The context sources of an instruction (none for anything but a top-level COPY or ADD). Words
   * whose expansion fails are left out; BuildKit fails the build on them.
   */
  static List<ContextSource> of(Instruction instruction, LintContext context) {
    List<Word> words;
    String command;
    boolean parents = false;
    List<Flag> excludeFlags;
    if (instruction instanceof Copy copy) {
      if (copy.copyFlags().from().isPresent()) {
        return List.of();
      }
      words = copy.sources();
      command = "Copy";
      parents = copy.copyFlags().isParents();
      excludeFlags = copy.copyFlags().exclude();
    } else if (instruction instanceof Add add) {
      words = add.sources();
      command = "Add";
      excludeFlags = add.addFlags().exclude();
    } else {
      return List.of();
    }
    List<ContextSource> out = new ArrayList<>();
    VariableScope scope = context.variables().before(instruction);
    DockerIgnore excludes = DockerIgnore.empty();
    if (!excludeFlags.isEmpty()) {
      List<String> patterns = new ArrayList<>();
      for (Flag f : excludeFlags) {
        context
            .variables()
            .expand(new Word(f.value() == null ? "" : f.value(), f.valueRange()), scope)
            .value()
            .ifPresent(patterns::add);
      }
      excludes = DockerIgnore.of(patterns);
    }
    for (Word w : words) {
      if (HeredocWords.parse(w.value()).isPresent()) {
        continue;
      }
      ExpandedWord e = context.variables().expand(w, scope);
      if (e.value().isEmpty()) {
        continue;
      }
      String value = e.value().get();
      if (isRemote(value)) {
        continue;
      }
      boolean unknownVariable = !e.unmatched().isEmpty() && scope.baseImageUnknown();
      if (unknownVariable) {
        // The base image may set it: the value is a guess, not even BuildKit's.
        continue;
      }
      boolean certain =
          e.unmatched().isEmpty() && e.matched().stream().noneMatch(BUILD_DEPENDENT::contains);
      out.add(new ContextSource(instruction, command, w, value, certain, parents, excludes));
    }
    return out;
  }

  /** The context sources of every top-level COPY and ADD, in order. */
  /**
   * The sources whose path is certain, of the instructions the running rule checks (see {@link
   * LintContext#checks}): what the rules that find missing sources look at.
   */
  static List<ContextSource> certainChecked(LintContext context) {
    List<ContextSource> out = new ArrayList<>();
    for (ContextSource s : all(context)) {
      if (s.certain() && context.checks(s.instruction())) {
        out.add(s);
      }
    }
    return out;
  }

  static List<ContextSource> all(LintContext context) {
    // three context rules ask for them all: read once per file
    return context.memo(AllSources.class, () -> AllSources.read(context)).all();
  }

  /**
   * Every COPY/ADD source of a file, and those of each instruction (for a later version's lint to
   * take over: an instruction's sources depend on it and the variables above it).
   */
  private record AllSources(
      List<ContextSource> all, Map<Instruction, List<ContextSource>> byInstruction) {

    static AllSources read(LintContext context) {
      Optional<LintContext.Kept<AllSources>> kept = context.keptMemo(AllSources.class);
      int keptCount = kept.map(k -> k.instructions().size()).orElse(0);
      Map<Instruction, List<ContextSource>> by = new IdentityHashMap<>();
      List<ContextSource> out = new ArrayList<>();
      List<Instruction> instructions = context.dockerfile().instructions();
      for (int k = 0; k < instructions.size(); k++) {
        Instruction i = instructions.get(k);
        List<ContextSource> sources =
            k < keptCount ? kept.get().earlier().byInstruction().get(i) : null;
        if (sources == null) {
          sources = of(i, context);
        }
        if (!sources.isEmpty()) {
          by.put(i, sources);
          out.addAll(sources);
        }
      }
      return new AllSources(List.copyOf(out), by);
    }
  }

  /** The COPY or ADD keyword, upper case, for messages. */
  String keyword() {
    return command.toUpperCase(Locale.ROOT);
  }

  /** Whether BuildKit fetches the source instead of reading the context: a URL or a git ref. */
  static boolean isRemote(String src) {
    if (src.startsWith("http://") || src.startsWith("https://")) {
      return true;
    }
    return isGitRef(src);
  }

  /**
   * BuildKit's {@code ParseGitRef} success for a ref it can tell from a local path: {@code ssh://}
   * and {@code git://} URLs, {@code http(s)://} URLs whose path ends in {@code .git}, and scp-style
   * {@code user@host:path}. {@code github.com/...} without a scheme is a local path to BuildKit.
   */
  static boolean isGitRef(String src) {
    if (src.startsWith("./") || src.startsWith("../") || src.startsWith("github.com/")) {
      return false;
    }
    var m = SCHEME.matcher(src);
    if (m.find()) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      return switch (scheme) {
        case "ssh", "git" -> true;
        case "http", "https" -> m.group(3).endsWith(".git");
        default -> false;
      };
    }
    return SCP.matcher(src).matches();
  }

  /** The value as BuildKit's CopyIgnoredFile check sees it: Go's {@code filepath.Clean}. */
  String cleaned() {
    return goClean(value);
  }

  /** The path in the context: cleaned against the context root, {@code .} for the root itself. */
  String contextPath() {
    return relative(value);
  }

  /** Whether the value holds a wildcard ({@code * ? [}, not escaped). */
  boolean wildcard() {
    return GoGlob.containsWildcards(value);
  }

  /** A path made relative to the context root as BuildKit joins it with {@code /}. */
  static String relative(String path) {
    String c = goClean("/" + path);
    return c.equals("/") ? "." : c.substring(1);
  }

  /** Go's {@code path.Clean}. */
  static String goClean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    List<String> kept = new ArrayList<>();
    for (String segment : ContextIndex.segments(path)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) {
          kept.remove(kept.size() - 1);
        } else if (!rooted) {
          kept.add(segment);
        }
        continue;
      }
      kept.add(segment);
    }
    String joined = String.join("/", kept);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
