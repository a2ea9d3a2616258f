package dev.dfkit.parser.shell;

/**
 * One variable reference found in a word, for editors and linters (nothing is expanded).
 *
 * <p>Offsets are char indices into the word. A reference left open at the end of the word ends
 * there.
 *
 * @param name the variable name, for example {@code A} (digits for positional parameters, one
 *     character for special parameters such as {@code @})
 * @param start index of the {@code $}
 * @param end index after the whole reference: after the closing {@code }} of {@code ${A:-x}}, after
 *     the name of {@code $A}
 * @param operator {@code null} for {@code $A} and {@code ${A}}; otherwise one of {@code :-}, {@code
 *     -}, {@code :+}, {@code +}, {@code :?}, {@code ?}, {@code #}, {@code ##}, {@code %}, {@code
 *     %%}, {@code /}, {@code //}
 * @param nameStart index of the first character of the name
 * @param nameEnd index after the name
 */
public record VariableReference(
    String name, int start, int end, String operator, int nameStart, int nameEnd) {}
