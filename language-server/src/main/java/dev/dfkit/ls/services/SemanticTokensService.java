package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
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
          "number", // stage indexes (--from=0), image digests
          "namespace", // an image's registry (ghcr.io, localhost:5000)
          "type", // an image's repository (alpine, library/node, scratch)
          "label"); // an image's tag

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
  static final int NAMESPACE = 12;
  static final int TYPE = 13;
  static final int LABEL = 14;

  static final int DECLARATION = 1;
  static final int DEFINITION = 2;
  static final int READONLY = 4;
  static final int DEFAULT_LIBRARY = 8;

  private record Last(String resultId, int[] data) {}

  private final Map<String, Last> last = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** All tokens; remembered as the base of the next delta request for this document. */
  public SemanticTokens full(DockerfileDocument doc, CancelChecker cancel) {
    TokenData data = all(doc, cancel);
    String id = Long.toString(ids.incrementAndGet());
    last.put(doc.uri(), new Last(id, data.ints()));
    return new SemanticTokens(id, data);
  }

  /** The tokens inside a range (not remembered: deltas are against full results). */
  public SemanticTokens range(DockerfileDocument doc, Range range, CancelChecker cancel) {
    TokenPainting p = painting(doc, cancel);
    int[] data =
        p.encode(
            range.getStart().getLine(),
            range.getEnd().getLine(),
            Positions.offset(doc.lines(), range.getStart()),
            Positions.offset(doc.lines(), range.getEnd()));
    return new SemanticTokens(new TokenData(data));
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
    int[] data = all(doc, cancel).ints();
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
            prefix,
            before.length - prefix - suffix,
            new TokenData(Arrays.copyOfRange(after, prefix, after.length - suffix))));
  }

  private record PaintingKey() {}

  private record AllTokensKey() {}

  private static final PaintingKey KEY = new PaintingKey();

  private static final AllTokensKey ALL = new AllTokensKey();

  /**
   * The whole document's tokens, encoded once per version: asking again for the same version (a
   * refresh, a delta from an older result, a second editor) costs no painting nor encoding.
   */
  private static TokenData all(DockerfileDocument doc, CancelChecker cancel) {
    TokenPainting p = painting(doc, cancel);
    return doc.memo(ALL, () -> new TokenData(p.encode(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE)));
  }

  private static TokenPainting painting(DockerfileDocument doc, CancelChecker cancel) {
    cancel.checkCanceled();
    return doc.memo(KEY, () -> new TokenPainter(doc.dockerfile(), SymbolIndex.of(doc)).paint());
  }
}
