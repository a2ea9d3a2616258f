package dev.dfkit.ls.services.docs;

import java.util.List;
import java.util.Optional;

/**
 * One instruction, as documented: its syntax forms, its completion snippet, a short description and
 * its flags.
 *
 * @param keyword in upper case
 * @param syntax the forms, {@code COPY [--from=<name>] ... <src>... <dest>}
 * @param snippet an LSP snippet for completion ({@code FROM ${1:image}})
 * @param markdown what it does
 * @param link its section of the Dockerfile reference
 */
public record InstructionDoc(
    String keyword,
    List<String> syntax,
    String snippet,
    String markdown,
    String link,
    List<FlagDoc> flags) {

  public InstructionDoc {
    syntax = List.copyOf(syntax);
    flags = List.copyOf(flags);
  }

  public Optional<FlagDoc> flag(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Hover text: the forms, description, link. */
  public String toMarkdown() {
    return "```dockerfile\n"
        + String.join("\n", syntax)
        + "\n```\n\n"
        + markdown
        + "\n\n[Reference]("
        + link
        + ")";
  }
}
