package dev.dfkit.build.graph;

/** Where one source of a COPY or ADD comes from. */
public sealed interface CopySource {

  /**
   * A path or wildcard pattern in the build context ({@code COPY src dest}) or, when the copy has a
   * {@code --from}, in input 1's filesystem.
   *
   * @param path the path as expanded, relative to the context root or the source root
   */
  record Path(String path) implements CopySource {}

  /** A heredoc written to a file named after its delimiter ({@code COPY <<EOF dest}). */
  record Inline(InlineFile file) implements CopySource {}

  /**
   * An {@code http(s)} URL fetched at build time ({@code ADD URL dest}).
   *
   * @param url the URL
   * @param checksum the expected digest ({@code --checksum}), or null
   * @param fileName the name the download gets in the destination directory
   */
  record Url(String url, String checksum, String fileName) implements CopySource {}
}
