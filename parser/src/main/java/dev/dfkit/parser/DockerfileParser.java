package dev.dfkit.parser;

import dev.dfkit.grammar.DockerfileLexer;
import dev.dfkit.grammar.DockerfileLexerBase.HeredocTerminator;
import dev.dfkit.grammar.Utf16CharStream;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.syntax.HeredocWord;
import dev.dfkit.parser.syntax.HeredocWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses Dockerfiles. This is the only place that touches ANTLR: text goes in, a typed lossless
 * {@link Dockerfile} and its diagnostics come out. It never throws on any input text.
 */
public final class DockerfileParser {

  private DockerfileParser() {}

  /** Parses {@code text}; messages name it {@code Dockerfile}. */
  public static ParseResult parse(String text) {
    return parse(text, "Dockerfile");
  }

  /** Parses {@code text}; {@code sourceName} is used in messages. */
  public static ParseResult parse(String text, String sourceName) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    LineMap lines = LineMap.of(text);
    DockerfileLexer lexer = new DockerfileLexer(new Utf16CharStream(text, sourceName));
    lexer.removeErrorListeners();
    lexer.addErrorListener(InternalError.LISTENER);
    lexer.setHeredocPolicy(tokens -> heredocTerminators(tokens, lexer.escape()));
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    dev.dfkit.grammar.DockerfileParser parser = new dev.dfkit.grammar.DockerfileParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(InternalError.LISTENER);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new NoResync()); // holds state: one per parse
    // The AST is built line by line as the parser goes; no parse tree is kept.
    AstBuilder builder = new AstBuilder(text, lines, tokens, lexer.escape(), diagnostics);
    parser.setBuildParseTree(false);
    parser.addParseListener(builder);
    parser.dockerfile();
    Dockerfile dockerfile = builder.finish();
    diagnostics.sort((a, b) -> Integer.compare(a.range().startOffset(), b.range().startOffset()));
    return new ParseResult(sourceName, dockerfile, diagnostics);
  }

  /**
   * Reads and parses a file. Bytes that are not UTF-8 are replaced with U+FFFD.
   *
   * @throws IOException when the file cannot be read
   */
  public static ParseResult parse(Path path) throws IOException {
    return parse(decode(Files.readAllBytes(path)), path.toString());
  }

  /**
   * UTF-8 decoding that never fails: malformed bytes become U+FFFD, as a decoder with {@code
   * CodingErrorAction.REPLACE} does (the String constructor follows the same replacement rules, and
   * copies pure-ASCII input without decoding it).
   */
  public static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<HeredocTerminator> heredocTerminators(List<Token> tokens, char escape) {
    StringBuilder line = new StringBuilder();
    for (Token t : tokens) {
      if (AstBuilder.contributesToLine(t.getType())) {
        line.append(t.getText());
      }
    }
    try {
      List<HeredocTerminator> out = new ArrayList<>();
      for (HeredocWord w : HeredocWords.forInstruction(line.toString(), escape)) {
        out.add(new HeredocTerminator(w.name(), w.chomp()));
      }
      return out;
    } catch (HeredocWords.HeredocException e) {
      return List.of(); // reported by the AST builder
    }
  }

  /**
   * The default strategy, minus the re-synchronisation check it makes before every loop iteration
   * (a follow-set lookup per token): the grammar accepts every token sequence, so there is never
   * anything to recover from, and an error still reaches {@link InternalError}.
   */
  private static final class NoResync extends DefaultErrorStrategy {
    @Override
    public void sync(Parser recognizer) {}
  }

  /** The grammar accepts every token sequence, so a syntax error here is a bug in dfkit. */
  private static final class InternalError extends BaseErrorListener {
    static final InternalError LISTENER = new InternalError();

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      throw new IllegalStateException(
          "dfkit grammar bug at " + line + ":" + (charPositionInLine + 1) + ": " + msg);
    }
  }
}
