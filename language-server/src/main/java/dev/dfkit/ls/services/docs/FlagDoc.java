package dev.dfkit.ls.services.docs;

/**
 * One flag of an instruction, as documented.
 *
 * @param name the flag name without {@code --}
 * @param usage how it is written, {@code --from=<name>}
 * @param repeatable true when the flag may be given more than once ({@code --mount})
 * @param markdown what it does
 * @param link its section of the Dockerfile reference
 */
public record FlagDoc(String name, String usage, boolean repeatable, String markdown, String link) {

  /** True for flags whose value may be left out ({@code --link}, {@code --link=false}). */
  public boolean optionalValue() {
    return usage.contains("[=");
  }

  /** Hover text: usage, description, link. */
  public String toMarkdown() {
    return "```dockerfile\n" + usage + "\n```\n\n" + markdown + "\n\n[Reference](" + link + ")";
  }
}
