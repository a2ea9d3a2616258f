package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;

/** The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD: exec (JSON) form or shell form. */
public sealed interface CommandLine permits ExecForm, ShellForm {

  SourceRange range();

  /** True when nothing was given ({@code CMD} alone, {@code CMD []}). */
  boolean isEmpty();
}
