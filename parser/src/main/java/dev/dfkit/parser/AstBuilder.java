package dev.dfkit.parser;

import dev.dfkit.grammar.DockerfileLexer;
import dev.dfkit.grammar.DockerfileParser.BlankLineContext;
import dev.dfkit.grammar.DockerfileParser.BodyContext;
import dev.dfkit.grammar.DockerfileParser.CommentLineContext;
import dev.dfkit.grammar.DockerfileParser.DirectiveLineContext;
import dev.dfkit.grammar.DockerfileParser.DockerfileContext;
import dev.dfkit.grammar.DockerfileParser.HeredocContext;
import dev.dfkit.grammar.DockerfileParser.InstructionLineContext;
import dev.dfkit.grammar.DockerfileParser.LineContext;
import dev.dfkit.grammar.DockerfileParser.TrailingWhitespaceContext;
import dev.dfkit.grammar.DockerfileParser.UnterminatedHeredocContext;
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
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the {@link Dockerfile} from the parse tree and its token stream: one pass over the lines,
 * directives and comments tracked as BuildKit tracks them, each instruction handed to {@link
 * InstructionBuilder}, then the stages grouped.
 */
final class AstBuilder {

  // '#', blanks, key = value: what the lexer accepted as a directive.
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "#[\\t\\n\\f\\r \\x{0B}\\x{85}\\x{A0}]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*="
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

  AstBuilder(
      String text,
      LineMap lines,
      CommonTokenStream tokens,
      char escape,
      List<Diagnostic> diagnostics) {
    this.text = text;
    this.lines = lines;
    this.tokens = tokens;
    this.escape = escape;
    this.diagnostics = diagnostics;
    this.instructions = new InstructionBuilder(escape, diagnostics);
  }

  Dockerfile build(DockerfileContext tree) {
    for (LineContext line : tree.line()) {
      if (line instanceof DirectiveLineContext d) {
        directive(d.DIRECTIVE().getSymbol());
      } else if (line instanceof CommentLineContext c) {
        comment(c.COMMENT().getSymbol());
      } else if (line instanceof BlankLineContext b) {
        Token at = b.WS() != null ? b.WS().getSymbol() : b.NEWLINE().getSymbol();
        int end = b.WS() != null ? stop(at) : at.getStartIndex();
        elements.add(new BlankLine(lines.range(at.getStartIndex(), end)));
      } else if (line instanceof TrailingWhitespaceContext w) {
        Token ws = w.WS().getSymbol();
        elements.add(new BlankLine(lines.range(ws.getStartIndex(), stop(ws))));
      } else if (line instanceof InstructionLineContext i) {
        instruction(i.instruction().getStart(), body(i));
      }
    }
    if (instructionList.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              SourceRange.empty(lines.position(text.length())),
              SyntaxCodes.NO_INSTRUCTIONS,
              "file with no instructions"));
    }
    List<Arg> globalArgs = new ArrayList<>();
    List<Stage> stages = stages(globalArgs);
    boolean bom = tree.BOM() != null;
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

  private static BodyContext body(InstructionLineContext line) {
    return line.instruction().getChild(BodyContext.class, 0);
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
    // BuildKit keeps the comments since the last instruction; an empty '#' clears them.
    if (c.content().isEmpty()) {
      pendingComments.clear();
    } else {
      pendingComments.add(c);
    }
  }

  // ---- instructions ------------------------------------------------------------------------

  private void instruction(Token keyword, BodyContext body) {
    LogicalText.Builder logical = LogicalText.builder(lines);
    List<Comment> innerComments = new ArrayList<>();
    List<SourceRange> emptyLines = new ArrayList<>();
    List<SourceRange> continuations = new ArrayList<>();
    int lastEnd = keyword.getStartIndex();
    for (int i = keyword.getTokenIndex(); i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int type = t.getType();
      if (type == DockerfileLexer.NEWLINE || type == Token.EOF) {
        break;
      }
      lastEnd = stop(t);
      if (contributesToLine(type)) {
        logical.append(t.getText(), t.getStartIndex());
      } else if (type == DockerfileLexer.CONTINUATION) {
        continuations.add(lines.range(t.getStartIndex(), stop(t)));
      } else if (type == DockerfileLexer.CONTINUATION_COMMENT) {
        innerComments.add(innerComment(t));
      } else if (type == DockerfileLexer.EMPTY_CONTINUATION_LINE) {
        emptyLines.add(lines.range(t.getStartIndex(), stop(t)));
      }
    }
    List<HeredocBody> bodies = new ArrayList<>();
    for (HeredocContext h : body.heredoc()) {
      bodies.add(heredocBody(h.HEREDOC_LINE(), h.HEREDOC_END().getSymbol()));
      lastEnd = contentEnd(h.HEREDOC_END().getSymbol());
    }
    UnterminatedHeredocContext open = body.unterminatedHeredoc();
    if (open != null) {
      bodies.add(heredocBody(open.HEREDOC_LINE(), null));
      List<TerminalNode> ls = open.HEREDOC_LINE();
      lastEnd = stop(ls.get(ls.size() - 1).getSymbol());
    }
    lastEnd = trimLineTerminator(keyword.getStartIndex(), lastEnd);
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
        || type == DockerfileLexer.ARG_WS
        || (type >= DockerfileLexer.FROM && type <= DockerfileLexer.UNKNOWN_WORD);
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

  private HeredocBody heredocBody(List<TerminalNode> bodyLines, Token end) {
    StringBuilder content = new StringBuilder();
    for (TerminalNode l : bodyLines) {
      content.append(l.getText());
    }
    int bodyStart;
    int bodyEnd;
    if (bodyLines.isEmpty()) {
      bodyStart = end.getStartIndex();
      bodyEnd = bodyStart;
    } else {
      bodyStart = bodyLines.get(0).getSymbol().getStartIndex();
      bodyEnd = stop(bodyLines.get(bodyLines.size() - 1).getSymbol());
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
      case DockerfileLexer.WS, DockerfileLexer.ARG_WS -> TokenKind.WHITESPACE;
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
