package dev.dfkit.parser.script;

/**
 * Dispatch on the kind of a {@link Command}. Adding a command kind breaks every visitor at compile
 * time, so no consumer silently ignores it.
 *
 * @param <R> what each visit returns
 * @param <C> a context passed through
 */
public interface ShellVisitor<R, C> {

  R visitSimpleCommand(SimpleCommand command, C context);

  R visitSubshell(Subshell command, C context);

  R visitBraceGroup(BraceGroup command, C context);

  R visitIfClause(IfClause command, C context);

  R visitForClause(ForClause command, C context);

  R visitArithmeticForClause(ArithmeticForClause command, C context);

  R visitWhileClause(WhileClause command, C context);

  R visitCaseClause(CaseClause command, C context);

  R visitFunctionDefinition(FunctionDefinition command, C context);

  R visitTestCommand(TestCommand command, C context);

  R visitArithmeticCommand(ArithmeticCommand command, C context);
}
