package dev.dfkit.format;

import dev.dfkit.format.layout.ParsedScripts;
import dev.dfkit.parser.ast.Instruction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each instruction's {@link Equivalence#signature}, computed once per formatting run: the check of
 * one instruction's layout and the check of the whole file compare the same instructions.
 */
final class Signatures {

  private final ParsedScripts scripts;
  private final Map<Instruction, List<String>> posix = new IdentityHashMap<>();
  private final Map<Instruction, List<String>> other = new IdentityHashMap<>();

  Signatures(ParsedScripts scripts) {
    this.scripts = scripts;
  }

  ParsedScripts scripts() {
    return scripts;
  }

  /** The signature of {@code i} (unmodifiable). */
  List<String> of(Instruction i, boolean isPosix) {
    Map<Instruction, List<String>> memo = isPosix ? posix : other;
    List<String> s = memo.get(i);
    if (s == null) {
      s = List.copyOf(Equivalence.signature(i, isPosix, scripts));
      memo.put(i, s);
    }
    return s;
  }
}
