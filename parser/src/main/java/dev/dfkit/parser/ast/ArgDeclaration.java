package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/** One {@code name[=default]} of an ARG instruction; the default is as written (not expanded). */
public record ArgDeclaration(Word name, Optional<Word> defaultValue, SourceRange range) {}
