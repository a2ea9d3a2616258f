package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.properties.DockerfileTexts.Mutation;
import dev.dfkit.parser.script.ShellScriptCache;
import dev.dfkit.parser.script.ShellScripts;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A cached script parse is the fresh one: along a random edit sequence (as an editor sends it, one
 * version after another, all through one cache), every RUN script the cache hands out equals what
 * {@link ShellScripts#parse} gives for that version, ranges, tokens and diagnostics included.
 */
class ShellScriptCacheProperties extends DockerfileInputs {

  @Property(tries = 150)
  void cachedParsesEqualFreshOnesAlongEdits(
      @ForAll("edited") String start, @ForAll("edits") List<Mutation> edits) {
    ShellScriptCache cache = new ShellScriptCache(64);
    String text = start;
    checkAll(text, cache);
    for (Mutation m : edits) {
      text = m.apply(text);
      checkAll(text, cache);
    }
  }

  @Property(tries = 100)
  void cachedParsesEqualFreshOnesAcrossFiles(
      @ForAll("edited") String a, @ForAll("edited") String b) {
    ShellScriptCache cache = new ShellScriptCache(64);
    checkAll(a, cache);
    checkAll(b, cache);
    checkAll(a, cache);
  }

  private static void checkAll(String text, ShellScriptCache cache) {
    Dockerfile file = DockerfileParser.parse(text, "Dockerfile").dockerfile();
    for (Instruction i : file.instructions()) {
      Run run =
          i instanceof Run r
              ? r
              : i instanceof Onbuild o && o.trigger().orElse(null) instanceof Run t ? t : null;
      if (run != null) {
        assertThat(cache.parse(run, file))
            .as("the script of %s", file.text(run.range()))
            .isEqualTo(ShellScripts.parse(run, file.lines()));
      }
    }
  }
}
