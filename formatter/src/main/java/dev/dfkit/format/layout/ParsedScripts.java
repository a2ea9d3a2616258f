package dev.dfkit.format.layout;

import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.script.ShellScriptResult;
import dev.dfkit.parser.script.ShellScripts;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The shell parse of each shell-form command met while formatting one file. The layout, the check
 * of the layout and the comparison of input and output all read the same commands, and the shell
 * parse is the dearest step of formatting: each command is parsed once. Not thread-safe; one per
 * formatting run.
 */
public final class ParsedScripts {

  // By identity: the tree's records compare by value, which costs more than the parse it saves.
  private final Map<ShellForm, ShellScriptResult> parsed = new IdentityHashMap<>();
  // By text, for comparisons: an instruction the formatter left alone reads the same in the output.
  private final Map<String, ShellScriptResult> byText = new HashMap<>();

  /** The parse of {@code form}'s script ({@link ShellScripts#parse(ShellForm)}). */
  public ShellScriptResult of(ShellForm form) {
    ShellScriptResult r = parsed.get(form);
    if (r == null) {
      r = ShellScripts.parse(form);
      parsed.put(form, r);
      byText.putIfAbsent(form.text(), r);
    }
    return r;
  }

  /**
   * A parse of {@code form}'s script for comparing commands: its tokens' kinds and texts and its
   * diagnostics' codes are those of {@link #of}, but its positions may be those of another command
   * with the same text. The shell reads a text the same wherever it stands.
   */
  public ShellScriptResult forComparison(ShellForm form) {
    ShellScriptResult r = parsed.get(form);
    if (r == null) {
      r = byText.get(form.text());
    }
    return r != null ? r : of(form);
  }
}
