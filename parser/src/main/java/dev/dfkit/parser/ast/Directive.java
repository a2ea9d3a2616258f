package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;

/**
 * A parser directive at the top of the file: {@code # syntax=...}, {@code # escape=...} or {@code #
 * check=...}.
 *
 * @param name the key in lower case
 * @param value the value, trimmed
 * @param text the whole line from {@code #}
 */
public record Directive(
    String name,
    String value,
    String text,
    SourceRange range,
    SourceRange nameRange,
    SourceRange valueRange)
    implements Element {

  public static final String SYNTAX = "syntax";
  public static final String ESCAPE = "escape";
  public static final String CHECK = "check";

  @Override
  public <R, C> R accept(ElementVisitor<R, C> visitor, C context) {
    return visitor.visitDirective(this, context);
  }
}
