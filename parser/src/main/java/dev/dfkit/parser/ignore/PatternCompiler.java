package dev.dfkit.parser.ignore;

import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns pattern lines into compiled patterns and diagnostics, with the two normalisation passes
 * BuildKit applies: {@code ignorefile.ReadAll} (exception mark, clean, leading slash) and then
 * {@code patternmatcher.New} (trim and clean again, exception mark, syntax check).
 */
final class PatternCompiler {

  static final String CODE = "invalid-ignore-pattern";

  private final List<IgnorePattern> patterns = new ArrayList<>();
  private final List<CompiledPattern> active = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Every pattern line added so far, valid or not. */
  List<IgnorePattern> patterns() {
    return patterns;
  }

  /** The valid patterns, compiled, in order. */
  List<CompiledPattern> active() {
    return active;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  void add(PatternLine line) {
    String text = line.text();
    // ignorefile.ReadAll
    boolean invert = text.charAt(0) == '!';
    String p = invert ? GoWhitespace.trim(text.substring(1)) : text;
    if (!p.isEmpty()) {
      p = CleanPath.relative(p);
    }
    if (invert) {
      p = "!" + p;
    }
    // patternmatcher.New; cleaning again with the "!" in front is what BuildKit does, so
    // "!/" becomes "!" and is rejected.
    p = GoWhitespace.trim(p);
    if (p.isEmpty()) {
      // Only a cleaned line like "/ /a/.." gets here; patternmatcher skips it silently.
      return;
    }
    p = CleanPath.clean(p);
    boolean exclusion = p.charAt(0) == '!';
    if (exclusion) {
      p = p.substring(1);
    }
    IgnorePattern pattern = new IgnorePattern(line.raw(), p, exclusion, line.range(), line.line());
    patterns.add(pattern);
    if (exclusion && p.isEmpty()) {
      reject(
          line, "'!' must be followed by a pattern (BuildKit: illegal exclusion pattern: \"!\")");
      return;
    }
    Optional<String> syntax = GoGlob.syntaxProblem(p);
    if (syntax.isPresent()) {
      reject(line, syntax.get() + " (BuildKit: syntax error in pattern)");
      return;
    }
    GlobTranslation translation = GlobTranslation.of(p);
    Pattern regex = null;
    if (translation.kind() == MatchKind.REGEX) {
      try {
        regex = Pattern.compile(Re2Syntax.toJava(translation.re2()));
      } catch (Re2SyntaxException e) {
        // BuildKit loads such a pattern and fails the build when it first matches a path.
        reject(
            line,
            "BuildKit fails when it matches a path against this pattern: it becomes the Go"
                + " regexp "
                + translation.re2()
                + " ("
                + e.getMessage()
                + ")");
        return;
      } catch (PatternSyntaxException e) {
        reject(line, "dfkit could not translate it: " + e.getDescription());
        return;
      }
    }
    active.add(new CompiledPattern(pattern, translation, regex));
  }

  private void reject(PatternLine line, String problem) {
    diagnostics.add(
        Diagnostic.error(
            line.range(), CODE, "invalid ignore pattern \"" + line.text() + "\": " + problem));
  }
}
