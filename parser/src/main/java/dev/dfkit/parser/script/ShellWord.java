package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A shell word, exactly as written, and its parts.
 *
 * @param text the word's text, unchanged (quotes, escapes and line continuations kept)
 * @param range where it is
 * @param parts literal runs, quoted strings and expansions, in order
 */
public record ShellWord(String text, SourceRange range, List<WordPart> parts) implements ShellNode {

  public ShellWord {
    parts = List.copyOf(parts);
  }

  /**
   * The word's value after quote removal, when it has no expansion (parameter, command
   * substitution, arithmetic). Globs, tilde and braces are left as written: {@code
   * /var/lib/apt/lists/*} is literal.
   */
  public Optional<String> literalValue() {
    if (parts.size() == 1) {
      return parts.get(0).literalValue();
    }
    StringBuilder value = new StringBuilder(text.length());
    for (WordPart part : parts) {
      Optional<String> v = part.literalValue();
      if (v.isEmpty()) {
        return Optional.empty();
      }
      value.append(v.get());
    }
    return Optional.of(value.toString());
  }

  /** True when the word has no expansion (see {@link #literalValue()}). */
  public boolean isLiteral() {
    for (WordPart part : parts) {
      if (part.literalValue().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * False when the word certainly holds no command: every command inside a word needs a {@code (}
   * ({@code $(...)}, {@code <(...)}, an array) or a backquote. Tree walks that look for commands or
   * operators skip the other words.
   */
  public boolean mayHoldCommands() {
    return text.indexOf('(') >= 0 || text.indexOf('`') >= 0;
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(parts);
  }
}
