package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;

/** A control operator as written ({@code &&}, {@code ||}, {@code |}, {@code ;;}, ...). */
public record ShellOperator(String text, SourceRange range) {}
