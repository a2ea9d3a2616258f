package dev.dfkit.ls.services;

import dev.dfkit.parser.semantic.VariableKind;

/** How the services name a variable's kind to users. */
final class VariableKinds {

  private VariableKinds() {}

  static String label(VariableKind kind) {
    return switch (kind) {
      case PREDEFINED -> "automatic platform ARG";
      case GLOBAL_ARG -> "global ARG";
      case ARG -> "ARG";
      case ENV -> "ENV";
    };
  }
}
