package dev.dfkit.parser.script;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourcePosition;
import dev.dfkit.parser.source.SourceRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link ShellScripts#parse(Run, LineMap)} with a memory: a RUN whose script was parsed before, in
 * this file or another, gets the earlier tree back, moved to where the script now is ({@link
 * ScriptShift}), instead of a new parse. An editor re-lints the whole file on every keystroke while
 * all RUNs but one keep their text; dflint meets the same scripts in many files.
 *
 * <p>A script is reused when its source text (from its first character to the end of its last
 * heredoc) is the same, starts at the same column, and was cut into the same logical text with the
 * same heredocs: then every position in the tree is the old one moved by whole lines, so the moved
 * tree equals a fresh parse. Thread-safe; holds at most {@code capacity} scripts, least recently
 * used dropped first.
 */
public final class ShellScriptCache {

  /** The cache's key: the script's source and the column it starts at. */
  private record Source(String text, int column) {
    // Written out: the record's generated hashCode and equals link through method handles on
    // first use, milliseconds on every cold dflint start (this is the first record hashed).
    @Override
    public boolean equals(Object o) {
      return o instanceof Source s && column == s.column && text.equals(s.text);
    }

    @Override
    public int hashCode() {
      return text.hashCode() * 31 + column;
    }
  }

  /** A parse and what it was parsed from, to check a later script is the same one moved. */
  private record Parsed(
      int start,
      int line,
      LogicalText script,
      List<Heredoc> heredocs,
      Optional<ShellScriptResult> result) {}

  private final Map<Source, Parsed> parsed;
  private final LongAdder reused = new LongAdder();

  /**
   * Hashes of the scripts met once, when only repeated scripts are kept (else null): one slot per
   * hash's low bits, so the set stays small and a collision only forgets a script.
   */
  private final int[] metOnce;

  /** Keeps every script parsed (an editor: the next version repeats nearly all of them). */
  public ShellScriptCache(int capacity) {
    this(capacity, false);
  }

  /**
   * Keeps a script's parse only from its second sighting on. For one pass over many files, where
   * most scripts are met once: keeping each parse until it was evicted made the young collector
   * copy and promote nearly every script tree (on the benchmark corpus, 412 ms of pauses against 73
   * ms keeping none).
   */
  public static ShellScriptCache ofRepeats(int capacity) {
    return new ShellScriptCache(capacity, true);
  }

  private ShellScriptCache(int capacity, boolean repeatsOnly) {
    this.metOnce = repeatsOnly ? new int[METS_REMEMBERED] : null;
    this.parsed =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Source, Parsed> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The script a RUN of {@code file} runs, as {@link ShellScripts#parse(Run, LineMap)} gives it.
   */
  public Optional<ShellScriptResult> parse(Run run, Dockerfile file) {
    return parse(run, file, false).result();
  }

  /**
   * {@link #parse(Run, Dockerfile)}, and when the answer is an earlier tree moved, that move: where
   * each node of the earlier tree went, so what a caller read from that tree can be moved along
   * instead of read again. Only a cache that keeps every script (an editor's) tells: one pass over
   * many files moves a tree from another file, whose reading is rarely remembered, and recording
   * the move cost more than it saved (~6% more CPU on the benchmark corpus).
   */
  public Parse parseMoving(Run run, Dockerfile file) {
    return parse(run, file, metOnce == null);
  }

  /** A script's parse, and the move that made it when it is an earlier tree moved. */
  public record Parse(Optional<ShellScriptResult> result, Optional<ScriptMove> move) {}

  /**
   * An earlier tree moved by whole lines: {@code lines} lines and {@code offset} characters further
   * on, columns unchanged.
   *
   * @param from the earlier tree
   * @param nodes each node of the moved tree (and each operator), by the earlier node it moved
   */
  public record ScriptMove(Script from, Map<Object, Object> nodes, int lines, int offset) {

    /**
     * Where {@code node} of the earlier tree went (the move records every node it makes).
     *
     * @throws IllegalArgumentException when {@code node} is not one of the earlier tree's
     */
    @SuppressWarnings("unchecked")
    public <T> T node(T node) {
      Object moved = nodes.get(node);
      if (moved == null) {
        throw new IllegalArgumentException("not a node of the moved tree: " + node);
      }
      return (T) moved;
    }

    /** Where a range of the earlier tree's source is now. */
    public SourceRange range(SourceRange r) {
      return r.movedBy(lines, offset);
    }
  }

  private Parse parse(Run run, Dockerfile file, boolean recording) {
    if (!(run.command() instanceof ShellForm form)) {
      return new Parse(Optional.empty(), Optional.empty());
    }
    LogicalText script = form.script();
    List<Heredoc> heredocs = run.syntax().heredocs();
    SourceRange span = span(script, heredocs);
    LineMap lines = file.lines();
    SourcePosition start = span.start();
    Source key = new Source(file.text(span), start.column());
    Parsed before;
    synchronized (parsed) {
      before = parsed.get(key);
    }
    if (before != null) {
      ScriptShift shift =
          new ScriptShift(start.line() - before.line(), start.offset() - before.start());
      if (script.isShiftOf(before.script(), shift.offset())
          && sameHeredocs(heredocs, before.heredocs(), shift)) {
        reused.increment();
        if (shift.isNone() || before.result().isEmpty()) {
          return new Parse(before.result(), Optional.empty());
        }
        ScriptShift moving = recording ? shift.recording() : shift;
        Optional<ShellScriptResult> moved = before.result().map(moving::result);
        Optional<ScriptMove> move =
            recording
                ? Optional.of(
                    new ScriptMove(
                        before.result().get().script(),
                        moving.moves(),
                        shift.lines(),
                        shift.offset()))
                : Optional.empty();
        return new Parse(moved, move);
      }
    }
    Optional<ShellScriptResult> result = ShellScripts.parse(run, lines);
    synchronized (parsed) {
      if (before != null || metBefore(key.hashCode())) {
        parsed.put(key, new Parsed(start.offset(), start.line(), script, heredocs, result));
      }
    }
    return new Parse(result, Optional.empty());
  }

  /** Whether a script of this hash was met before (always, when every script is kept). */
  private boolean metBefore(int hash) {
    if (metOnce == null) {
      return true;
    }
    int slot = hash & (metOnce.length - 1);
    int mark = hash == 0 ? 1 : hash; // 0 marks an empty slot
    if (metOnce[slot] == mark) {
      return true;
    }
    metOnce[slot] = mark;
    return false;
  }

  private static final int METS_REMEMBERED = 8192; // a power of two

  /** How many parses were answered from the cache so far (for tests and measurements). */
  public long reused() {
    return reused.sum();
  }

  /** The source a script's parse reads: its text and its heredocs (which follow the line). */
  private static SourceRange span(LogicalText script, List<Heredoc> heredocs) {
    SourceRange span = script.range(0, script.length());
    for (Heredoc h : heredocs) {
      span = span.union(h.wordRange()).union(h.bodyRange()).union(h.terminatorRange());
    }
    return span;
  }

  private static boolean sameHeredocs(List<Heredoc> now, List<Heredoc> before, ScriptShift shift) {
    if (now.size() != before.size()) {
      return false;
    }
    for (int i = 0; i < now.size(); i++) {
      Heredoc a = now.get(i);
      Heredoc b = before.get(i);
      if (!a.name().equals(b.name())
          || a.fileDescriptor() != b.fileDescriptor()
          || a.expand() != b.expand()
          || a.chomp() != b.chomp()
          || !a.content().equals(b.content())
          || !a.wordRange().equals(shift.range(b.wordRange()))
          || !a.bodyRange().equals(shift.range(b.bodyRange()))
          || !a.terminatorRange().equals(shift.range(b.terminatorRange()))) {
        return false;
      }
    }
    return true;
  }
}
