package dev.dfkit.parser.syntax;

import java.util.List;

/**
 * The argument nodes BuildKit's line parser makes for one instruction, with their spans.
 *
 * @param nodes the values in order (for ENV/LABEL: key, value, separator triples)
 * @param json true when the arguments were a JSON array (exec form)
 * @param error a parse error BuildKit reports at this stage, or null
 * @param errorStart start of the text the error is about
 * @param errorEnd end of the text the error is about
 */
public record Arguments(
    List<Piece> nodes, boolean json, String error, int errorStart, int errorEnd) {

  static Arguments of(List<Piece> nodes, boolean json) {
    return new Arguments(List.copyOf(nodes), json, null, 0, 0);
  }

  static Arguments error(String message, int start, int end) {
    return new Arguments(List.of(), false, message, start, end);
  }

  public boolean hasError() {
    return error != null;
  }
}
