package dev.dfkit.parser;

import dev.dfkit.grammar.DockerfileLexer;
import dev.dfkit.grammar.DockerfileParser.BlankLineContext;
import dev.dfkit.grammar.DockerfileParser.CommentLineContext;
import dev.dfkit.grammar.DockerfileParser.DirectiveLineContext;
import dev.dfkit.grammar.DockerfileParser.InstructionLineContext;
import dev.dfkit.grammar.DockerfileParser.TrailingWhitespaceContext;
import dev.dfkit.grammar.DockerfileParserBaseListener;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.BlankLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.SyntaxTokens;
import dev.dfkit.parser.ast.TokenKind;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.SyntaxCodes;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the {@link Dockerfile} while the parser runs (a parse listener; no parse tree is kept)
 * from each line's tokens: one pass over the lines, directives and comments tracked as BuildKit
 * tracks them, each instruction handed to {@link InstructionBuilder}, then the stages grouped.
 */
final class AstBuilder extends DockerfileParserBaseListener {

  // '#', blanks, key = value: what the lexer accepted as a directive.
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?d)#[\\t\\n\\f\\r \\x{0B}\\x{85}\\x{A0}]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*="
              + "[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*");

  private final String text;
  private final LineMap lines;
  private final CommonTokenStream tokens;
  private final char escape;
  private final List<Diagnostic> diagnostics;
  private final InstructionBuilder instructions;

  private final List<Directive> directives = new ArrayList<>();
  private final List<Element> elements = new ArrayList<>();
  private final List<Instruction> instructionList = new ArrayList<>();
  private final List<Comment> pendingComments = new ArrayList<>();

  /** What an earlier parse of the same text up to {@code end} (a line start) built. */
  record Kept(
      List<Directive> directives,
      List<Element> elements,
      List<Instruction> instructions,
      SyntaxTokens tokens,
      boolean bom,
      char escape,
      int end) {}

  private final Kept kept;

  /**
   * Tokens of an earlier parse taken over ({@link #takeOver}) from {@link #laterTokensFrom} on,
   * each moved by {@link #laterTokensShift}: where they land is where this parser's text stopped.
   */
  private SyntaxTokens laterTokens;

  private int laterTokensFrom;
  private int laterTokensShift;

  AstBuilder(
      String text,
      LineMap lines,
      CommonTokenStream tokens,
      char escape,
      List<Diagnostic> diagnostics) {
    this(text, lines, tokens, escape, diagnostics, null);
  }

  /** A builder that goes on after {@code kept} (null: from the start of the text). */
  AstBuilder(
      String text,
      LineMap lines,
      CommonTokenStream tokens,
      char escape,
      List<Diagnostic> diagnostics,
      Kept kept) {
    this.text = text;
    this.lines = lines;
    this.tokens = tokens;
    this.escape = escape;
    this.diagnostics = diagnostics;
    this.instructions = new InstructionBuilder(escape, diagnostics);
    this.kept = kept;
    if (kept != null) {
      directives.addAll(kept.directives());
      elements.addAll(kept.elements());
      instructionList.addAll(kept.instructions());
    }
  }

  @Override
  public void exitDirectiveLine(DirectiveLineContext ctx) {
    directive(firstOfType(ctx, DockerfileLexer.DIRECTIVE));
  }

  @Override
  public void exitCommentLine(CommentLineContext ctx) {
    comment(firstOfType(ctx, DockerfileLexer.COMMENT));
  }

  @Override
  public void exitBlankLine(BlankLineContext ctx) {
    Token first = ctx.getStart();
    Token newline = ctx.getStop();
    elements.add(new BlankLine(lines.range(first.getStartIndex(), newline.getStartIndex())));
  }

  @Override
  public void exitTrailingWhitespace(TrailingWhitespaceContext ctx) {
    elements.add(new BlankLine(lines.range(ctx.getStart().getStartIndex(), stop(ctx.getStop()))));
  }

  @Override
  public void exitInstructionLine(InstructionLineContext ctx) {
    int i = ctx.getStart().getTokenIndex();
    while (tokens.get(i).getType() == DockerfileLexer.WS
        || tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
      i++;
    }
    instruction(tokens.get(i), ctx.getStop().getTokenIndex());
  }

  /** How many elements the builder holds (taken over ones included). */
  int elementCount() {
    return elements.size();
  }

  /** The last element built, if any. */
  Element lastElement() {
    return elements.isEmpty() ? null : elements.get(elements.size() - 1);
  }

  /**
   * Adds what an earlier parse built after the text this parser read (which stopped at {@code
   * tokensFrom + shift}, a line start): {@code later} (elements of that parse, moved here), and its
   * tokens from {@code tokensFrom} on, each moved by {@code shift}.
   */
  void takeOver(List<Element> later, SyntaxTokens tokens, int tokensFrom, int shift) {
    for (Element e : later) {
      elements.add(e);
      if (e instanceof Instruction i) {
        instructionList.add(i);
      }
    }
    this.laterTokens = tokens;
    this.laterTokensFrom = tokensFrom;
    this.laterTokensShift = shift;
  }

  /** The tree, once the parser has walked every line. */
  Dockerfile finish() {
    if (instructionList.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              SourceRange.empty(lines.position(text.length())),
              SyntaxCodes.NO_INSTRUCTIONS,
              "file with no instructions"));
    }
    List<Arg> globalArgs = new ArrayList<>();
    List<Stage> stages = stages(globalArgs);
    boolean bom =
        kept != null
            ? kept.bom()
            : tokens.size() > 0 && tokens.get(0).getType() == DockerfileLexer.BOM;
    return new Dockerfile(
        text,
        lines,
        escape,
        bom,
        directives,
        elements,
        instructionList,
        globalArgs,
        stages,
        syntaxTokens());
  }

  private Token firstOfType(ParserRuleContext ctx, int type) {
    for (int i = ctx.getStart().getTokenIndex(); i <= ctx.getStop().getTokenIndex(); i++) {
      if (tokens.get(i).getType() == type) {
        return tokens.get(i);
      }
    }
    throw new IllegalStateException("no token of type " + type + " in " + ctx.getText());
  }

  // ---- directives and comments -----------------------------------------------------------

  private void directive(Token token) {
    String line = token.getText();
    Matcher m = DIRECTIVE.matcher(line);
    SourceRange range = lines.range(token.getStartIndex(), stop(token));
    if (!m.matches()) {
      return; // the lexer only makes DIRECTIVE tokens for lines that match
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    String value = m.group(2);
    int base = token.getStartIndex();
    Directive d =
        new Directive(
            name,
            value,
            line,
            range,
            lines.range(base + m.start(1), base + m.end(1)),
            lines.range(base + m.start(2), base + m.end(2)));
    elements.add(d);
    if (directives.stream().anyMatch(other -> other.name().equals(name))) {
      diagnostics.add(
          Diagnostic.error(
              range,
              SyntaxCodes.DUPLICATE_DIRECTIVE,
              "only one " + name + " parser directive can be used"));
      return;
    }
    directives.add(d);
    if (name.equals(Directive.ESCAPE) && !value.equals("`") && !value.equals("\\")) {
      diagnostics.add(
          Diagnostic.error(
              d.valueRange(),
              SyntaxCodes.INVALID_ESCAPE,
              "invalid escape token '" + value + "' does not match ` or \\"));
    }
  }

  private void comment(Token token) {
    Comment c = new Comment(token.getText(), lines.range(token.getStartIndex(), stop(token)));
    elements.add(c);
    // BuildKit keeps the comments since the last instruction; an empty one clears them. It drops
    // the first character of the raw line before trimming, so an indented "  #" is not empty.
    int lineStart = lines.lineStart(lines.lineOf(token.getStartIndex()));
    String raw = text.substring(lineStart, stop(token));
    if (raw.substring(1).strip().isEmpty()) {
      pendingComments.clear();
    } else {
      pendingComments.add(c);
    }
  }

  // ---- instructions ------------------------------------------------------------------------

  private void instruction(Token keyword, int lastToken) {
    LogicalText.Builder logical = LogicalText.builder(lines);
    List<Comment> innerComments = new ArrayList<>();
    List<SourceRange> emptyLines = new ArrayList<>();
    List<SourceRange> continuations = new ArrayList<>();
    int lastEnd = keyword.getStartIndex();
    int i = keyword.getTokenIndex();
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int type = t.getType();
      if (type == DockerfileLexer.NEWLINE || type == Token.EOF) {
        break;
      }
      lastEnd = stop(t);
      if (contributesToLine(type)) {
        logical.append(text, t.getStartIndex(), stop(t));
      } else if (type == DockerfileLexer.CONTINUATION
          || type == DockerfileLexer.LEADING_CONTINUATION) {
        continuations.add(lines.range(t.getStartIndex(), contentEnd(t)));
      } else if (type == DockerfileLexer.CONTINUATION_COMMENT) {
        innerComments.add(innerComment(t));
      } else if (type == DockerfileLexer.EMPTY_CONTINUATION_LINE) {
        emptyLines.add(lines.range(t.getStartIndex(), contentEnd(t)));
      }
    }
    // After the line end: heredoc bodies, each HEREDOC_LINE* HEREDOC_END, maybe one unterminated.
    List<HeredocBody> bodies = new ArrayList<>();
    int bodyStart = i + 1;
    for (int k = bodyStart; k <= lastToken; k++) {
      Token t = tokens.get(k);
      if (t.getType() == DockerfileLexer.HEREDOC_END) {
        bodies.add(heredocBody(bodyStart, k, t));
        lastEnd = contentEnd(t);
        bodyStart = k + 1;
      } else if (t.getType() != DockerfileLexer.HEREDOC_LINE) {
        break;
      }
    }
    boolean unterminated = false;
    if (bodyStart <= lastToken && tokens.get(lastToken).getType() == DockerfileLexer.HEREDOC_LINE) {
      bodies.add(heredocBody(bodyStart, lastToken + 1, null));
      lastEnd = stop(tokens.get(lastToken));
      unterminated = true;
    }
    // An unterminated heredoc runs to the end of the file; its body keeps its last line end.
    if (!unterminated) {
      lastEnd = trimLineTerminator(keyword.getStartIndex(), lastEnd);
    }
    SourceRange range = lines.range(keyword.getStartIndex(), lastEnd);
    Instruction instruction =
        instructions.build(
            logical.build(keyword.getStartIndex()),
            range,
            new InstructionTrivia(innerComments, emptyLines, continuations),
            bodies,
            List.copyOf(pendingComments),
            false);
    pendingComments.clear();
    instructionList.add(instruction);
    elements.add(instruction);
  }

  /** Token types whose text is part of an instruction's logical line. */
  static boolean contributesToLine(int type) {
    return type == DockerfileLexer.TEXT
        || type == DockerfileLexer.UNKNOWN_WORD
        || (type >= DockerfileLexer.FROM && type <= DockerfileLexer.SHELL);
  }

  private Comment innerComment(Token t) {
    String s = t.getText();
    int hash = s.indexOf('#');
    int end = s.length();
    while (end > hash && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    int start = t.getStartIndex() + hash;
    return new Comment(s.substring(hash, end), lines.range(start, t.getStartIndex() + end));
  }

  /** The body made of HEREDOC_LINE tokens [from, to), ended by {@code end} (null: unterminated). */
  private HeredocBody heredocBody(int from, int to, Token end) {
    StringBuilder content = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token l = tokens.get(k);
      content.append(text, l.getStartIndex(), stop(l));
    }
    int bodyStart;
    int bodyEnd;
    if (from == to) {
      bodyStart = end.getStartIndex();
      bodyEnd = bodyStart;
    } else {
      bodyStart = tokens.get(from).getStartIndex();
      bodyEnd = stop(tokens.get(to - 1));
    }
    SourceRange terminator =
        end == null
            ? SourceRange.empty(lines.position(text.length()))
            : lines.range(end.getStartIndex(), contentEnd(end));
    return new HeredocBody(
        content.toString(), lines.range(bodyStart, bodyEnd), terminator, end != null);
  }

  /** End offset of a token that may end with a line terminator, without it. */
  private int contentEnd(Token t) {
    return trimLineTerminator(t.getStartIndex(), stop(t));
  }

  private int trimLineTerminator(int start, int end) {
    if (end > start && text.charAt(end - 1) == '\n') {
      end--;
      while (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return end;
  }

  private static int stop(Token t) {
    return t.getStopIndex() + 1;
  }

  // ---- stages -------------------------------------------------------------------------------

  private List<Stage> stages(List<Arg> globalArgs) {
    List<Stage> stages = new ArrayList<>();
    From from = null;
    List<Instruction> body = new ArrayList<>();
    for (Instruction i : instructionList) {
      if (i instanceof From f) {
        if (from != null) {
          stages.add(new Stage(stages.size(), from, body));
        }
        from = f;
        body = new ArrayList<>();
      } else if (from != null) {
        body.add(i);
      } else if (i instanceof Arg a) {
        globalArgs.add(a);
      } else if (!(i instanceof dev.dfkit.parser.ast.UnknownInstruction)) {
        diagnostics.add(
            Diagnostic.error(
                i.keyword().range(),
                SyntaxCodes.NO_STAGE,
                "no build stage in current context (only ARG can come before the first FROM)"));
      }
    }
    if (from != null) {
      stages.add(new Stage(stages.size(), from, body));
    }
    return stages;
  }

  // ---- tokens -------------------------------------------------------------------------------

  private SyntaxTokens syntaxTokens() {
    SyntaxTokens.Builder out = new SyntaxTokens.Builder(text);
    int expected = 0;
    if (kept != null) {
      SyntaxTokens before = kept.tokens();
      for (int i = 0; i < before.size() && before.start(i) < kept.end(); i++) {
        out.add(before.kind(i), before.start(i));
      }
      expected = kept.end();
    }
    for (Token t : tokens.getTokens()) {
      if (t.getType() == Token.EOF) {
        break;
      }
      if (t.getStartIndex() != expected) {
        throw new IllegalStateException(
            "lexer lost text at offset "
                + expected
                + " (token starts at "
                + t.getStartIndex()
                + ")");
      }
      out.add(kind(t.getType()), t.getStartIndex());
      expected = stop(t);
    }
    if (laterTokens != null) {
      int end = laterTokensFrom + laterTokensShift;
      if (expected != end) {
        throw new IllegalStateException("lexer stopped at offset " + expected + " of " + end);
      }
      int i = laterTokens.indexAt(laterTokensFrom);
      if (laterTokens.start(i) != laterTokensFrom) {
        throw new IllegalStateException("no token starts at offset " + laterTokensFrom);
      }
      for (; i < laterTokens.size(); i++) {
        out.add(laterTokens.kind(i), laterTokens.start(i) + laterTokensShift);
      }
      expected = text.length();
    }
    if (expected != text.length()) {
      throw new IllegalStateException(
          "lexer stopped at offset " + expected + " of " + text.length());
    }
    return out.build();
  }

  private static TokenKind kind(int type) {
    return switch (type) {
      case DockerfileLexer.BOM -> TokenKind.BOM;
      case DockerfileLexer.DIRECTIVE -> TokenKind.DIRECTIVE;
      case DockerfileLexer.COMMENT -> TokenKind.COMMENT;
      case DockerfileLexer.WS -> TokenKind.WHITESPACE;
      case DockerfileLexer.NEWLINE -> TokenKind.NEWLINE;
      case DockerfileLexer.UNKNOWN_WORD -> TokenKind.UNKNOWN_KEYWORD;
      case DockerfileLexer.TEXT -> TokenKind.TEXT;
      case DockerfileLexer.CONTINUATION, DockerfileLexer.LEADING_CONTINUATION ->
          TokenKind.CONTINUATION;
      case DockerfileLexer.CONTINUATION_COMMENT -> TokenKind.CONTINUATION_COMMENT;
      case DockerfileLexer.EMPTY_CONTINUATION_LINE -> TokenKind.EMPTY_CONTINUATION_LINE;
      case DockerfileLexer.HEREDOC_LINE -> TokenKind.HEREDOC_LINE;
      case DockerfileLexer.HEREDOC_END -> TokenKind.HEREDOC_END;
      default -> {
        if (type >= DockerfileLexer.FROM && type <= DockerfileLexer.SHELL) {
          yield TokenKind.KEYWORD;
        }
        throw new IllegalStateException("unexpected token type " + type);
      }
    };
  }
}
