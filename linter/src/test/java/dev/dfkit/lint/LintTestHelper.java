package dev.dfkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.source.TextEdit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule tests in the error-prone style: the expected findings are written in the Dockerfile, on
 * marker lines right above the line they are about, and the check is exhaustive (an unmarked
 * finding fails the test).
 *
 * <pre>
 * LintTestHelper.forRule(StageNameCasing.class).source("""
 *     #> StageNameCasing: Stage name 'Builder' should be lowercase
 *     FROM alpine AS Builder
 *     """).doTest();
 * </pre>
 *
 * A marker {@code #> RULE[@COLUMN]: message} says a finding of RULE starts on the next non-marker
 * line (at 1-based COLUMN when given) with exactly that message. Marker lines are removed before
 * linting (they would otherwise be comments the rules can see), so markers may sit inside a
 * continuation to point into a multi-line instruction.
 */
public final class LintTestHelper {

  private static final Pattern MARKER =
      Pattern.compile("^\\s*#>\\s*([A-Za-z0-9]+)(?:@(\\d+))?:\\s?(.*)$");

  private record Expected(int line, Integer column, String rule, String message) {}

  private final Set<String> rules;
  private LintConfig config = LintConfig.DEFAULT;
  private String source;
  private Path directory;
  private Map<String, String> files = Map.of();
  private String dockerfileName = "Dockerfile";

  private LintTestHelper(Set<String> rules) {
    this.rules = rules;
  }

  @SafeVarargs
  public static LintTestHelper forRule(Class<? extends Rule>... rules) {
    Set<String> ids = new java.util.HashSet<>();
    for (Class<? extends Rule> r : rules) {
      ids.add(r.getAnnotation(RuleInfo.class).id());
    }
    return new LintTestHelper(ids);
  }

  public LintTestHelper config(LintConfig config) {
    this.config = config;
    return this;
  }

  /** The Dockerfile, with {@code #>} markers. */
  public LintTestHelper source(String text) {
    this.source = text;
    return this;
  }

  /**
   * Lays out a build context in {@code directory}: the Dockerfile is written there (as {@code
   * name}) and so is each of {@code files} (path → content; a path ending in {@code /} is a
   * directory).
   */
  public LintTestHelper inContext(Path directory, String name, Map<String, String> files) {
    this.directory = directory;
    this.dockerfileName = name;
    this.files = files;
    return this;
  }

  /** Lints the source (markers removed) and returns every finding of the rules under test. */
  public List<Finding> findings() {
    return lint(strip(source, new ArrayList<>()));
  }

  /** Checks the findings against the markers, exhaustively. */
  public void doTest() {
    List<Expected> expected = new ArrayList<>();
    String text = strip(source, expected);
    List<Finding> actual = lint(text);
    List<String> want = new ArrayList<>();
    for (Expected e : expected) {
      want.add(describe(e.line(), e.column(), e.rule(), e.message()));
    }
    List<String> got = new ArrayList<>();
    for (Finding f : actual) {
      Integer column = null;
      for (Expected e : expected) {
        if (e.line() == f.range().start().line() + 1
            && e.rule().equals(f.rule())
            && e.column() != null) {
          column = f.range().start().column() + 1;
        }
      }
      got.add(describe(f.range().start().line() + 1, column, f.rule(), f.message()));
    }
    assertThat(got).as("findings in:\n%s", text).containsExactlyInAnyOrderElementsOf(want);
  }

  /** Checks that nothing is found. */
  public void expectNoFindings() {
    assertThat(findings()).as("findings in:\n%s", source).isEmpty();
  }

  /** Applies every fix of the rules under test and returns the text. */
  public String fixed() {
    String text = strip(source, new ArrayList<>());
    List<TextEdit> edits = new ArrayList<>();
    for (Finding f : lint(text)) {
      f.fix().ifPresent(fix -> edits.addAll(fix.edits()));
    }
    return TextEdit.apply(text, edits);
  }

  private List<Finding> lint(String text) {
    LintOptions options =
        new LintOptions(config, rules, Set.of(), Optional.empty(), Optional.empty());
    Linter linter = Linter.standard();
    if (directory == null) {
      return linter.lint(text, "Dockerfile", options).findings();
    }
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = directory.resolve(e.getKey());
        if (e.getKey().endsWith("/")) {
          Files.createDirectories(p);
        } else {
          Files.createDirectories(p.getParent());
          Files.writeString(p, e.getValue());
        }
      }
      Path dockerfile = directory.resolve(dockerfileName);
      Files.createDirectories(dockerfile.getParent());
      Files.writeString(dockerfile, text);
      return linter
          .lint(
              DockerfileParser.parse(text, dockerfile.toString()), Optional.of(dockerfile), options)
          .findings();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String strip(String text, List<Expected> expected) {
    StringBuilder out = new StringBuilder();
    List<String[]> pending = new ArrayList<>();
    int line = 0;
    for (String l : text.split("\n", -1)) {
      Matcher m = MARKER.matcher(l);
      if (m.matches()) {
        pending.add(new String[] {m.group(1), m.group(2), m.group(3)});
        continue;
      }
      line++;
      for (String[] p : pending) {
        expected.add(new Expected(line, p[1] == null ? null : Integer.parseInt(p[1]), p[0], p[2]));
      }
      pending.clear();
      out.append(l).append('\n');
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException("a #> marker must be followed by the line it is about");
    }
    // text.split keeps a last empty element after the final newline: drop the extra newline.
    return out.substring(0, out.length() - 1);
  }

  private static String describe(int line, Integer column, String rule, String message) {
    return line + (column == null ? "" : ":" + column) + " " + rule + ": " + message;
  }
}
