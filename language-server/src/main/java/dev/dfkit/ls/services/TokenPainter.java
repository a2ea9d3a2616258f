package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.SemanticTokensService.CLASS;
import static dev.dfkit.ls.services.SemanticTokensService.COMMENT;
import static dev.dfkit.ls.services.SemanticTokensService.DECLARATION;
import static dev.dfkit.ls.services.SemanticTokensService.DECORATOR;
import static dev.dfkit.ls.services.SemanticTokensService.DEFAULT_LIBRARY;
import static dev.dfkit.ls.services.SemanticTokensService.DEFINITION;
import static dev.dfkit.ls.services.SemanticTokensService.ENUM_MEMBER;
import static dev.dfkit.ls.services.SemanticTokensService.KEYWORD;
import static dev.dfkit.ls.services.SemanticTokensService.LABEL;
import static dev.dfkit.ls.services.SemanticTokensService.MACRO;
import static dev.dfkit.ls.services.SemanticTokensService.NAMESPACE;
import static dev.dfkit.ls.services.SemanticTokensService.NUMBER;
import static dev.dfkit.ls.services.SemanticTokensService.OPERATOR;
import static dev.dfkit.ls.services.SemanticTokensService.PARAMETER;
import static dev.dfkit.ls.services.SemanticTokensService.PROPERTY;
import static dev.dfkit.ls.services.SemanticTokensService.READONLY;
import static dev.dfkit.ls.services.SemanticTokensService.STRING;
import static dev.dfkit.ls.services.SemanticTokensService.TYPE;
import static dev.dfkit.ls.services.SemanticTokensService.VARIABLE;

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
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.Arrays;
import java.util.List;

/**
 * The one pass over the tree behind {@link SemanticTokensService}: paints each source character
 * with the token covering it, later and more specific paints winning.
 */
final class TokenPainter {
  private final Dockerfile df;
  private final SymbolIndex index;
  private final String text;
  private final int[] paint;
  private int[] types = new int[256];
  private int[] modifiers = new int[256];
  private int count;

  TokenPainter(Dockerfile df, SymbolIndex index) {
    this.df = df;
    this.index = index;
    this.text = df.text();
    this.paint = new int[text.length()];
    Arrays.fill(paint, -1);
  }

  TokenPainting paint() {
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
    return new TokenPainting(text, df.lines(), paint, types, modifiers);
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
      image(from.image().range());
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

  /**
   * A base image as written, {@code [registry/]repository[:tag][@digest]}: each part its own token,
   * {@code :} and {@code @} operators. Variables in it are painted over later, and so is a stage
   * name used as the image (a {@code class}, as where the stage is defined).
   */
  private void image(SourceRange word) {
    int start = word.startOffset();
    String written = text.substring(start, word.endOffset());
    if (written.isEmpty() || written.indexOf('"') >= 0 || written.indexOf('\'') >= 0) {
      return;
    }
    if (written.equals("scratch")) {
      paint(word, TYPE, DEFAULT_LIBRARY);
      return;
    }
    // Separators inside ${...} (${V:-x}) are not the image's: split with the braces blanked out.
    ImageReference ref = ImageReference.split(outsideBraces(written));
    int at = start;
    if (ref.registry().isPresent()) {
      at = paintPart(at, ref.registry().get().length(), NAMESPACE);
      at++; // the slash
    }
    at = paintPart(at, ref.path().length(), TYPE);
    if (ref.tag().isPresent()) {
      paint(at, at + 1, OPERATOR, 0);
      at = paintPart(at + 1, ref.tag().get().length(), LABEL);
    }
    if (ref.digest().isPresent()) {
      paint(at, at + 1, OPERATOR, 0);
      paintPart(at + 1, ref.digest().get().length(), NUMBER);
    }
  }

  private int paintPart(int from, int length, int type) {
    paint(from, from + length, type, 0);
    return from + length;
  }

  /** {@code s} with what is inside each {@code ${...}} replaced by {@code x} (same length). */
  private static String outsideBraces(String s) {
    if (s.indexOf("${") < 0) {
      return s;
    }
    char[] out = s.toCharArray();
    int depth = 0;
    for (int k = 0; k < out.length; k++) {
      if (out[k] == '$' && k + 1 < out.length && out[k + 1] == '{') {
        depth++;
        k++;
      } else if (depth > 0 && out[k] == '}') {
        depth--;
      } else if (depth > 0) {
        out[k] = 'x';
      }
    }
    return new String(out);
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
          if (definition) {
            paint(o.range(), VARIABLE, mods);
          } else {
            reference(o.range(), mods);
          }
        }
        case HEREDOC -> paint(o.range(), DECORATOR, definition ? DECLARATION : 0);
        default -> {}
      }
    }
    for (SymbolIndex.UnresolvedUse u : index.unresolved()) {
      reference(u.range(), u.predefined() ? DEFAULT_LIBRARY | READONLY : 0);
    }
  }

  /** A use: its {@code $} or {@code ${}, the name, and a {@code }} right after it. */
  private void reference(SourceRange name, int mods) {
    int start = name.startOffset();
    int end = name.endOffset();
    if (start >= 1 && text.charAt(start - 1) == '$') {
      start--;
    } else if (start >= 2 && text.charAt(start - 1) == '{' && text.charAt(start - 2) == '$') {
      start -= 2;
      if (end < text.length() && text.charAt(end) == '}') {
        end++;
      }
    }
    paint(start, end, VARIABLE, mods);
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
