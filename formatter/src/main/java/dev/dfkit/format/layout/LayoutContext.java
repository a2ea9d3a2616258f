package dev.dfkit.format.layout;

import dev.dfkit.format.FormatOptions;

/**
 * What an instruction's layout depends on besides the instruction.
 *
 * @param escape the file's escape character (the line-continuation character)
 * @param eol the line terminator to write
 * @param shells which shell runs each instruction's shell-form command
 * @param scripts the shell parses of this formatting run, shared with its checks
 */
public record LayoutContext(
    FormatOptions options, char escape, String eol, StageShells shells, ParsedScripts scripts) {

  /** The same context for an instruction whose shell is fixed ({@link StageShells#fixed}). */
  public LayoutContext withShells(StageShells value) {
    return new LayoutContext(options, escape, eol, value, scripts);
  }
}
