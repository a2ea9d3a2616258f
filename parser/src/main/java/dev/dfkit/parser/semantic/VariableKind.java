package dev.dfkit.parser.semantic;

/** Where a variable comes from. */
public enum VariableKind {
  /** BUILDPLATFORM, TARGETOS, ... set by the builder. */
  PREDEFINED,
  /** An ARG before the first FROM. */
  GLOBAL_ARG,
  /** An ARG inside a stage. */
  ARG,
  /** An ENV inside a stage (or inherited from an earlier stage). */
  ENV
}
