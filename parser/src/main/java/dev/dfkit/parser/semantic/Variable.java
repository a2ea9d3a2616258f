package dev.dfkit.parser.semantic;

import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/**
 * A variable visible at some point of a Dockerfile.
 *
 * @param value the expanded value, or null for an ARG declared without a value
 * @param definition where it was declared (empty for predefined variables)
 */
public record Variable(
    String name, String value, VariableKind kind, Optional<SourceRange> definition) {}
