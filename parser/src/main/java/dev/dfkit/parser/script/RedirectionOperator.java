package dev.dfkit.parser.script;

/** The redirection operators, by symbol. */
public enum RedirectionOperator {
  INPUT("<"),
  OUTPUT(">"),
  APPEND(">>"),
  HEREDOC("<<"),
  HEREDOC_STRIP_TABS("<<-"),
  HERESTRING("<<<"),
  DUPLICATE_INPUT("<&"),
  DUPLICATE_OUTPUT(">&"),
  CLOBBER(">|"),
  READ_WRITE("<>"),
  OUTPUT_AND_ERROR("&>"),
  APPEND_OUTPUT_AND_ERROR("&>>");

  private final String symbol;

  RedirectionOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean isHeredoc() {
    return this == HEREDOC || this == HEREDOC_STRIP_TABS;
  }

  static RedirectionOperator of(String symbol) {
    for (RedirectionOperator op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    throw new IllegalArgumentException(symbol);
  }
}
