package dev.dfkit.parser.ignore;

/** Go's regexp package would refuse to compile the expression (the message is Go's wording). */
final class Re2SyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  Re2SyntaxException(String problem, String expression) {
    super("error parsing regexp: " + problem + ": `" + expression + "`");
  }
}
