package dev.dfkit.parser.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV record the way Go's encoding/csv reads it (RFC 4180 quoting, no lazy quotes): the
 * syntax of {@code --mount} and {@code --device} values.
 */
final class CsvFields {

  private CsvFields() {}

  static List<String> split(String line) throws FlagValueException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        int quoteStart = i;
        i++;
        while (true) {
          if (i >= n) {
            throw error(quoteStart, "extraneous or missing \" in quoted-field");
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else if (i + 1 == n || line.charAt(i + 1) == ',') {
              i++;
              break;
            } else {
              throw error(i + 1, "extraneous or missing \" in quoted-field");
            }
          } else {
            field.append(c);
            i++;
          }
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          if (line.charAt(i) == '"') {
            throw error(i, "bare \" in non-quoted-field");
          }
          field.append(line.charAt(i));
          i++;
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // the comma
    }
  }

  private static FlagValueException error(int index, String what) {
    return new FlagValueException("parse error on line 1, column " + (index + 1) + ": " + what);
  }
}
