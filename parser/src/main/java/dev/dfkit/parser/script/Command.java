package dev.dfkit.parser.script;

import java.util.List;

/** A command of a pipeline: a simple command, a compound command or a function definition. */
public sealed interface Command extends ShellNode
    permits SimpleCommand,
        Subshell,
        BraceGroup,
        IfClause,
        ForClause,
        ArithmeticForClause,
        WhileClause,
        CaseClause,
        FunctionDefinition,
        TestCommand,
        ArithmeticCommand {

  /**
   * The redirections of the command: for a compound command those after its closing word ({@code
   * done > log}); for a simple command all of them, wherever written.
   */
  List<Redirection> redirections();

  <R, C> R accept(ShellVisitor<R, C> visitor, C context);
}
