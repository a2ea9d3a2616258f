package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.BuildVariables;
import dev.dfkit.parser.semantic.VariableScope;
import java.util.List;
import java.util.Optional;

/**
 * What the assist services look up per request, computed once per document version: the
 * instructions by offset (binary search, so a request costs O(log n) on any file) and the variables
 * in scope at each instruction, as the build resolves them.
 */
final class InstructionIndex {

  private final Dockerfile dockerfile;
  private final List<Instruction> instructions;
  private final int[] starts;
  private final int[] stageStarts;
  private final BuildVariables variables;

  private InstructionIndex(Dockerfile dockerfile) {
    this.dockerfile = dockerfile;
    this.instructions = dockerfile.instructions();
    this.starts = new int[instructions.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = instructions.get(i).range().startOffset();
    }
    this.stageStarts = new int[dockerfile.stages().size()];
    for (int i = 0; i < stageStarts.length; i++) {
      stageStarts[i] = dockerfile.stages().get(i).from().range().startOffset();
    }
    this.variables = BuildVariables.analyze(dockerfile);
  }

  private record Key() {}

  private static final Key KEY = new Key();

  static InstructionIndex of(DockerfileDocument doc) {
    return doc.memo(KEY, () -> new InstructionIndex(doc.dockerfile()));
  }

  Dockerfile dockerfile() {
    return dockerfile;
  }

  BuildVariables variables() {
    return variables;
  }

  /** The top-level instruction whose range touches {@code offset} (its end included). */
  Optional<Instruction> at(int offset) {
    int i = lastStartingAtOrBefore(starts, offset);
    if (i < 0) {
      return Optional.empty();
    }
    Instruction found = instructions.get(i);
    return found.range().endOffset() >= offset ? Optional.of(found) : Optional.empty();
  }

  /** Top-level instructions overlapping {@code [start, end]}, in order. */
  List<Instruction> overlapping(int start, int end) {
    int from = Math.max(0, lastStartingAtOrBefore(starts, start));
    int to = lastStartingAtOrBefore(starts, end);
    if (to < from) {
      return List.of();
    }
    return instructions.subList(from, to + 1).stream()
        .filter(i -> i.range().endOffset() >= start)
        .toList();
  }

  /** The stage holding {@code offset} (from its FROM onwards), if any. */
  Optional<Stage> stageAt(int offset) {
    int i = lastStartingAtOrBefore(stageStarts, offset);
    return i < 0 ? Optional.empty() : Optional.of(dockerfile.stages().get(i));
  }

  /** True when {@code offset} is inside a heredoc body or terminator of the instruction. */
  static boolean inHeredoc(Instruction instruction, int offset) {
    for (Heredoc h : instruction.syntax().heredocs()) {
      if (h.bodyRange().startOffset() <= offset && offset <= h.terminatorRange().endOffset()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The scope words at {@code offset} of a top-level instruction expand with: for ARG the one of
   * the declaration there ({@code ARG A=1 B=$A}), for the others the instruction's.
   */
  VariableScope scopeAt(Instruction instruction, int offset) {
    if (instruction instanceof Arg arg) {
      for (ArgDeclaration d : arg.declarations()) {
        if (d.range().startOffset() <= offset && offset <= d.range().endOffset()) {
          return variables.before(d);
        }
      }
    }
    return variables.before(instruction);
  }

  /** The instruction an offset belongs to: an ONBUILD's trigger when the offset is in it. */
  static Instruction innermost(Instruction instruction, int offset) {
    if (instruction instanceof Onbuild o
        && o.trigger().isPresent()
        && o.trigger().get().range().startOffset() <= offset) {
      return innermost(o.trigger().get(), offset);
    }
    return instruction;
  }

  private static int lastStartingAtOrBefore(int[] sorted, int offset) {
    int lo = 0;
    int hi = sorted.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
