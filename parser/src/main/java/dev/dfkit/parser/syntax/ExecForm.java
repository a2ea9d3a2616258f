package dev.dfkit.parser.syntax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's parseJSON: the arguments are exec form when they are one valid JSON array. A valid
 * array holding anything but strings is an error; anything that is not valid JSON is not exec form
 * at all (the caller falls back to shell form). Jackson does the JSON, and its token locations give
 * each element's span.
 */
final class ExecForm {

  static final String NOT_STRINGS =
      "when using JSON array syntax, arrays must be comprised of strings only";

  private static final JsonFactory JSON =
      JsonFactory.builder()
          // Go's decoder has no nesting limit; a deep array must still be recognised as JSON.
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
          .build();

  private ExecForm() {}

  /** Result of trying exec form: not JSON, a string array, or valid JSON with non-strings. */
  record Parsed(boolean isJson, List<Piece> elements, Piece firstNonString) {}

  static final Parsed NOT_JSON = new Parsed(false, List.of(), null);

  /** Tries {@code line[start, end)}, which is trimmed and starts with '[' if it can be JSON. */
  static Parsed parse(String line, int start, int end) {
    if (start >= end || line.charAt(start) != '[') {
      return NOT_JSON;
    }
    String text = line.substring(start, end);
    List<Piece> elements = new ArrayList<>();
    Piece firstNonString = null;
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return NOT_JSON;
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          return NOT_JSON;
        }
        int tokenStart = (int) p.currentTokenLocation().getCharOffset();
        if (t == JsonToken.VALUE_STRING) {
          String value = p.getText();
          int tokenEnd = (int) p.currentLocation().getCharOffset();
          elements.add(new Piece(value, start + tokenStart, start + tokenEnd));
        } else {
          if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
            p.skipChildren();
          }
          if (firstNonString == null) {
            int tokenEnd = (int) p.currentLocation().getCharOffset();
            firstNonString = new Piece("", start + tokenStart, start + tokenEnd);
          }
        }
      }
      if (p.nextToken() != null) {
        return NOT_JSON;
      }
    } catch (IOException | RuntimeException e) {
      return NOT_JSON;
    }
    return new Parsed(true, elements, firstNonString);
  }
}
