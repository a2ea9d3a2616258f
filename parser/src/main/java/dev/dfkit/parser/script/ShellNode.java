package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** A node of a shell script's tree. Every node knows where it is in the Dockerfile. */
public sealed interface ShellNode
    permits Script,
        CommandList,
        AndOrList,
        Pipeline,
        Command,
        IfBranch,
        CaseItem,
        Assignment,
        Redirection,
        ShellWord,
        WordPart {

  /** The node's text in Dockerfile coordinates (end exclusive). */
  SourceRange range();

  /** The nodes directly inside this one, in source order. */
  List<ShellNode> children();
}
