package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.ArgDeclaration;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Semantic tokens, full, for a range, and as a delta from the previous full result of the same
 * document.
 *
 * <p>One pass over the tree paints each source character with the token covering it (later, more
 * specific paints win: a variable inside a quoted string, a delimiter over a heredoc line); the
 * paint is then cut into per-line tokens in one walk over the text. Both steps are linear in the
 * file size, and the result is computed once per document version.
 */
public final class SemanticTokensService {

  /** Token types, in legend order (the indexes below). */
  public static final List<String> TOKEN_TYPES =
      List.of(
          "keyword", // instructions, AS, ONBUILD triggers
          "parameter", // --flag names
          "enumMember", // flag values
          "variable", // ARG/ENV names and $uses
          "string", // quoted strings, exec-form strings, heredoc bodies
          "comment",
          "macro", // parser directives
          "class", // stage names
          "operator", // =, shell operators
          "property", // LABEL keys
          "decorator", // heredoc delimiters
          "number"); // stage indexes (--from=0)

  /** Token modifiers, in legend order (bit i is modifier i). */
  public static final List<String> TOKEN_MODIFIERS =
      List.of("declaration", "definition", "readonly", "defaultLibrary");

  public static final SemanticTokensLegend LEGEND =
      new SemanticTokensLegend(TOKEN_TYPES, TOKEN_MODIFIERS);

  static final int KEYWORD = 0;
  static final int PARAMETER = 1;
  static final int ENUM_MEMBER = 2;
  static final int VARIABLE = 3;
  static final int STRING = 4;
  static final int COMMENT = 5;
  static final int MACRO = 6;
  static final int CLASS = 7;
  static final int OPERATOR = 8;
  static final int PROPERTY = 9;
  static final int DECORATOR = 10;
  static final int NUMBER = 11;

  static final int DECLARATION = 1;
  static final int DEFINITION = 2;
  static final int READONLY = 4;
  static final int DEFAULT_LIBRARY = 8;

  private record Last(String resultId, int[] data) {}

  private final Map<String, Last> last = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** All tokens; remembered as the base of the next delta request for this document. */
  public SemanticTokens full(DockerfileDocument doc, CancelChecker cancel) {
    int[] data = painting(doc, cancel).encode(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    String id = Long.toString(ids.incrementAndGet());
    last.put(doc.uri(), new Last(id, data));
    return new SemanticTokens(id, boxed(data, 0, data.length));
  }

  /** The tokens inside a range (not remembered: deltas are against full results). */
  public SemanticTokens range(DockerfileDocument doc, Range range, CancelChecker cancel) {
    Painting p = painting(doc, cancel);
    int[] data =
        p.encode(
            range.getStart().getLine(),
            range.getEnd().getLine(),
            Positions.offset(doc.lines(), range.getStart()),
            Positions.offset(doc.lines(), range.getEnd()));
    return new SemanticTokens(boxed(data, 0, data.length));
  }

  /**
   * Edits from the result {@code previousResultId} to this version's tokens, or all tokens when
   * that result is not the last one sent for this document.
   */
  public Either<SemanticTokens, SemanticTokensDelta> delta(
      DockerfileDocument doc, String previousResultId, CancelChecker cancel) {
    Last before = last.get(doc.uri());
    if (before == null || !before.resultId().equals(previousResultId)) {
      return Either.forLeft(full(doc, cancel));
    }
    int[] data = painting(doc, cancel).encode(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    String id = Long.toString(ids.incrementAndGet());
    last.put(doc.uri(), new Last(id, data));
    return Either.forRight(new SemanticTokensDelta(diff(before.data(), data), id));
  }

  /** Forgets a closed document's last result. */
  public void forget(String uri) {
    last.remove(uri);
  }

  /** One edit replacing what differs between the common prefix and suffix (none when equal). */
  public static List<SemanticTokensEdit> diff(int[] before, int[] after) {
    int prefix = 0;
    int max = Math.min(before.length, after.length);
    while (prefix < max && before[prefix] == after[prefix]) {
      prefix++;
    }
    if (prefix == before.length && prefix == after.length) {
      return List.of();
    }
    int suffix = 0;
    while (suffix < max - prefix
        && before[before.length - 1 - suffix] == after[after.length - 1 - suffix]) {
      suffix++;
    }
    return List.of(
        new SemanticTokensEdit(
            prefix, before.length - prefix - suffix, boxed(after, prefix, after.length - suffix)));
  }

  private static List<Integer> boxed(int[] data, int from, int to) {
    List<Integer> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(data[i]);
    }
    return out;
  }

  private record MemoKey() {}

  private static final MemoKey KEY = new MemoKey();

  private static Painting painting(DockerfileDocument doc, CancelChecker cancel) {
    cancel.checkCanceled();
    return doc.memo(KEY, () -> new Painter(doc.dockerfile(), SymbolIndex.of(doc)).paint());
  }

  /** Each character's token (-1 for none), and each token's type and modifiers. */
  private static final class Painting {
    private final String text;
    private final LineMap lines;
    private final int[] paint;
    private final int[] types;
    private final int[] modifiers;

    Painting(String text, LineMap lines, int[] paint, int[] types, int[] modifiers) {
      this.text = text;
      this.lines = lines;
      this.paint = paint;
      this.types = types;
      this.modifiers = modifiers;
    }

    /** LSP's relative encoding of the tokens on lines [firstLine, lastLine] within [from, to). */
    int[] encode(int firstLine, int lastLine, int from, int to) {
      int[] out = new int[64];
      int n = 0;
      int prevLine = 0;
      int prevStart = 0;
      int first = Math.max(0, firstLine);
      int last = Math.min(lines.lineCount() - 1, lastLine);
      for (int line = first; line <= last; line++) {
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        if (end > start && text.charAt(end - 1) == '\r') {
          end--;
        }
        int i = Math.max(start, from);
        int stop = Math.min(end, to);
        while (i < stop) {
          int token = paint[i];
          if (token < 0) {
            i++;
            continue;
          }
          int j = i + 1;
          while (j < stop && paint[j] == token) {
            j++;
          }
          if (n + 5 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          int column = i - start;
          out[n++] = line - prevLine;
          out[n++] = line == prevLine ? column - prevStart : column;
          out[n++] = j - i;
          out[n++] = types[token];
          out[n++] = modifiers[token];
          prevLine = line;
          prevStart = column;
          i = j;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  /** The one pass over the tree. */
  private static final class Painter {
    private final Dockerfile df;
    private final SymbolIndex index;
    private final String text;
    private final int[] paint;
    private int[] types = new int[256];
    private int[] modifiers = new int[256];
    private int count;

    Painter(Dockerfile df, SymbolIndex index) {
      this.df = df;
      this.index = index;
      this.text = df.text();
      this.paint = new int[text.length()];
      Arrays.fill(paint, -1);
    }

    Painting paint() {
      for (Element e : df.elements()) {
        if (e instanceof Comment c) {
          paint(c.range(), COMMENT, 0);
        } else if (e instanceof Directive d) {
          paint(d.range(), MACRO, 0);
        } else if (e instanceof Instruction i) {
          instruction(i);
        }
      }
      symbols();
      return new Painting(text, df.lines(), paint, types, modifiers);
    }

    private void instruction(Instruction i) {
      for (Comment c : i.syntax().innerComments()) {
        paint(c.range(), COMMENT, 0);
      }
      for (Comment c : i.syntax().precedingComments()) {
        paint(c.range(), COMMENT, 0);
      }
      paint(i.keyword().range(), KEYWORD, 0);
      for (Flag f : i.flags()) {
        paint(f.nameRange(), PARAMETER, 0);
        int eq = f.nameRange().endOffset();
        if (f.hasValue() && eq < text.length() && text.charAt(eq) == '=') {
          paint(eq, eq + 1, OPERATOR, 0);
        }
        if (f.hasValue()) {
          paint(f.valueRange(), ENUM_MEMBER, 0);
        }
      }
      for (Heredoc h : i.syntax().heredocs()) {
        paintLines(h.bodyRange(), STRING);
        heredocOperator(h.wordRange());
      }
      if (i instanceof From from) {
        from.stageNameWord().ifPresent(w -> as(from.image().range(), w.range()));
      } else if (i instanceof Arg arg) {
        for (ArgDeclaration d : arg.declarations()) {
          d.defaultValue().ifPresent(v -> equalsBefore(v.range()));
          d.defaultValue().ifPresent(v -> quotes(v));
        }
      } else if (i instanceof Env env) {
        pairs(env.pairs(), -1);
      } else if (i instanceof Label label) {
        pairs(label.pairs(), PROPERTY);
      } else if (i instanceof Run run) {
        command(run.command());
      } else if (i instanceof Cmd cmd) {
        command(cmd.command());
      } else if (i instanceof Entrypoint e) {
        command(e.command());
      } else if (i instanceof Healthcheck h) {
        h.type().ifPresent(t -> paint(t.range(), KEYWORD, 0));
        h.command().ifPresent(this::command);
      } else if (i instanceof Onbuild onbuild) {
        onbuild.trigger().ifPresent(this::instruction);
      } else if (i.syntax().execForm()) {
        for (Word w : i.syntax().arguments()) {
          paint(w.range(), STRING, 0);
        }
      } else {
        for (Word w : i.syntax().arguments()) {
          quotes(w);
        }
      }
    }

    /** The {@code <<} or {@code <<-} of a heredoc opener (its name is painted with symbols). */
    private void heredocOperator(SourceRange word) {
      int at = text.indexOf("<<", word.startOffset());
      if (at < 0 || at + 2 > word.endOffset()) {
        return;
      }
      int end = at + 2 < word.endOffset() && text.charAt(at + 2) == '-' ? at + 3 : at + 2;
      paint(at, end, OPERATOR, 0);
    }

    /** {@code AS} between the image and the stage name. */
    private void as(SourceRange image, SourceRange name) {
      int from = image.endOffset();
      int to = name.startOffset();
      for (int k = from; k + 1 < to; k++) {
        if ((text.charAt(k) == 'a' || text.charAt(k) == 'A')
            && (text.charAt(k + 1) == 's' || text.charAt(k + 1) == 'S')) {
          paint(k, k + 2, KEYWORD, 0);
          return;
        }
      }
    }

    private void pairs(List<KeyValue> pairs, int keyType) {
      for (KeyValue kv : pairs) {
        if (keyType >= 0) {
          paint(kv.key().range(), keyType, 0);
        }
        if (!kv.legacy()) {
          equalsBefore(kv.value().range());
        }
        quotes(kv.value());
      }
    }

    /** The {@code =} just before a value. */
    private void equalsBefore(SourceRange value) {
      int eq = value.startOffset() - 1;
      if (eq >= 0 && text.charAt(eq) == '=') {
        paint(eq, eq + 1, OPERATOR, 0);
      }
    }

    /** Quoted parts of a word as written. */
    private void quotes(Word w) {
      SourceRange r = w.range();
      int end = r.endOffset();
      for (int k = r.startOffset(); k < end; k++) {
        char c = text.charAt(k);
        if (c == df.escape()) {
          k++;
        } else if (c == '"' || c == '\'') {
          int close = closing(k, end, c);
          paint(k, close, STRING, 0);
          k = close - 1;
        }
      }
    }

    /** Offset after the quote closing the one at {@code open} (or {@code end}). */
    private int closing(int open, int end, char quote) {
      for (int k = open + 1; k < end; k++) {
        char c = text.charAt(k);
        if (quote == '"' && c == '\\') {
          k++;
        } else if (c == quote) {
          return k + 1;
        }
      }
      return end;
    }

    private void command(CommandLine command) {
      if (command instanceof ExecForm exec) {
        for (Word w : exec.arguments()) {
          paint(w.range(), STRING, 0);
        }
      } else if (command instanceof ShellForm shell) {
        script(shell.script());
      }
    }

    /** Quoted strings and the operators between commands of a shell script. */
    private void script(LogicalText script) {
      String s = script.text();
      int n = s.length();
      for (int k = 0; k < n; k++) {
        char c = s.charAt(k);
        if (c == '\\') {
          k++;
        } else if (c == '\'' || c == '"') {
          int close = k + 1;
          while (close < n && s.charAt(close) != c) {
            close += c == '"' && s.charAt(close) == '\\' ? 2 : 1;
          }
          close = Math.min(n, close + 1);
          mapped(script, k, close, STRING);
          k = close - 1;
        } else if (c == '&' || c == '|' || c == ';') {
          int end = k + 1 < n && s.charAt(k + 1) == c ? k + 2 : k + 1;
          if (c == '&' && end == k + 1) {
            continue; // a lone & (background, or >&2): not worth a token
          }
          mapped(script, k, end, OPERATOR);
          k = end - 1;
        }
      }
    }

    /** Paints script[from, to), through continuations. */
    private void mapped(LogicalText script, int from, int to, int type) {
      if (from >= to) {
        return;
      }
      SourceRange r = script.range(from, to);
      if (r.length() == to - from) {
        paint(r, type, 0);
      } else {
        paintLines(r, type); // a string over continuation lines: one token per line
      }
    }

    private void symbols() {
      for (SymbolIndex.Occurrence o : index.occurrences()) {
        SymbolIndex.Symbol s = o.symbol();
        boolean definition = o.role() == SymbolIndex.Role.DEFINITION;
        switch (s.kind()) {
          case STAGE ->
              paint(
                  o.range(),
                  o.role() == SymbolIndex.Role.INDEX ? NUMBER : CLASS,
                  definition ? DECLARATION | DEFINITION : 0);
          case VARIABLE -> {
            int mods = (definition ? DECLARATION | DEFINITION : 0);
            if (s.isArg() && !s.isEnv()) {
              mods |= READONLY; // an ARG is fixed for the build; nothing can set it later
            }
            paint(o.range(), VARIABLE, mods);
          }
          case HEREDOC -> paint(o.range(), DECORATOR, definition ? DECLARATION : 0);
          default -> {}
        }
      }
      for (SymbolIndex.UnresolvedUse u : index.unresolved()) {
        paint(u.range(), VARIABLE, u.predefined() ? DEFAULT_LIBRARY | READONLY : 0);
      }
    }

    private void paintLines(SourceRange r, int type) {
      LineMap lines = df.lines();
      int from = r.startOffset();
      int to = r.endOffset();
      while (from < to) {
        int line = lines.lineOf(from);
        int lineEnd = Math.min(to, lines.lineEnd(line));
        int end = lineEnd;
        if (end > from && text.charAt(end - 1) == '\r') {
          end--;
        }
        paint(from, end, type, 0);
        from = lineEnd + 1;
      }
    }

    private void paint(SourceRange r, int type, int mods) {
      paint(r.startOffset(), r.endOffset(), type, mods);
    }

    private void paint(int from, int to, int type, int mods) {
      if (from >= to || from < 0 || to > paint.length) {
        return;
      }
      if (count == types.length) {
        types = Arrays.copyOf(types, count * 2);
        modifiers = Arrays.copyOf(modifiers, count * 2);
      }
      types[count] = type;
      modifiers[count] = mods;
      Arrays.fill(paint, from, to, count);
      count++;
    }
  }
}
